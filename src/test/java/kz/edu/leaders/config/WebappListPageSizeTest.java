package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.WebappLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cockpit's decision definition page lists every version of the decision without a page size; the
 * webapps get their lists within the query limit, API clients are still refused an unpaged list.
 */
@IntegrationTest
class WebappListPageSizeTest {

  /** What Cockpit asks for on a decision definition page (its version choice). */
  private static final String DECISION_VERSIONS =
      "/decision-definition?key=pass-marks&sortBy=version&sortOrder=desc&withoutTenantId=true";

  @Autowired
  TestRestTemplate http;

  @Test
  void cockpitListsTheDecisionsVersionsButTheEngineApiStillRefusesAnUnpagedList() {
    String processOwner = WebappLogin.session(http, "process.owner", "cockpit");
    ResponseEntity<String> cockpit = webapp(processOwner, DECISION_VERSIONS);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cockpit.getBody()).contains("\"key\":\"pass-marks\"");

    ResponseEntity<String> api = http.withBasicAuth("process.owner", "demo")
        .getForEntity("/engine-rest" + DECISION_VERSIONS, String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.getBody()).contains("An unbound number of results is forbidden!");
  }

  @Test
  void aWebappStillGetsNoMoreThanTheLimitWhenItAsksForMore() {
    String processOwner = WebappLogin.session(http, "process.owner", "cockpit");
    ResponseEntity<String> tooMany = webapp(processOwner, DECISION_VERSIONS + "&maxResults=2001");
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded!");
  }

  private ResponseEntity<String> webapp(String session, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    return http.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }
}
