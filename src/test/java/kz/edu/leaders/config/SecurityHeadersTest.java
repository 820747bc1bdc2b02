package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;

/** Every page and API of ours answers with the browser protections; the webapps keep Camunda's own, once. */
@IntegrationTest
class SecurityHeadersTest {

  @Autowired
  TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"/", "/verify/LC-2026-NOTACERT", "/error", "/js/audit-trail.js", "/api/cohorts/2026",
      "/engine-rest/version", "/audit/applications/2026-TUR-99999", "/reports", "/api/reports/funnel"})
  void ourPagesAndApisSendTheSecurityHeaders(String path) throws Exception {
    // not following the root's redirect into Tasklist
    HttpHeaders headers = new HttpHeaders(MultiValueMap.fromMultiValue(
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
            .header(HttpHeaders.AUTHORIZATION, "Basic " + HttpHeaders.encodeBasicAuth("admin", "admin", null))
            .build(), HttpResponse.BodyHandlers.discarding()).headers().map()));

    assertThat(headers.get("Content-Security-Policy")).singleElement().asString()
        .contains("default-src 'self'").contains("script-src 'self';").contains("frame-ancestors 'none'");
    assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    assertThat(headers.get("Referrer-Policy")).containsExactly("same-origin");
    // plain HTTP in the tests: HSTS only with leaders.https
    assertThat(headers.containsKey("Strict-Transport-Security")).isFalse();
  }

  @Test
  void theWebappsSendCamundasHeadersAndNoSecondSet() {
    HttpHeaders headers = http.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();

    assertThat(headers.get("Content-Security-Policy")).singleElement().asString().contains("'nonce-");
    assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(headers.containsKey("Referrer-Policy")).isFalse();
  }
}
