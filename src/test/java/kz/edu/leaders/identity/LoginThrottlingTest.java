package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Wrong passwords cannot lock anyone out: they throttle the address that sent them. Clients at other
 * addresses are stood in for with X-Forwarded-For (the test profile trusts the proxy headers); each
 * test uses addresses of its own.
 */
@IntegrationTest
class LoginThrottlingTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void aBurstOfWrongPasswordsForThePortalThrottlesOnlyTheAddressThatSentIt() {
    for (int i = 0; i < 10; i++) {
      assertThat(basic("203.0.113.10", "portal", "guess" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    ResponseEntity<String> throttled = basic("203.0.113.10", "portal", "demo");
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(Long.parseLong(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 900L);
    assertThat(throttled.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(throttled.getBody()).contains("\"status\":429").contains("Слишком много неудачных попыток входа");

    assertThat(basic("203.0.113.11", "portal", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordNeitherDelaysNorLocksTheRightOne() {
    assertThat(basic("203.0.113.20", "admin", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(basic("203.0.113.20", "admin", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);

    // eleven failures locked an account in the engine until an administrator unlocked it
    for (int i = 0; i < 11; i++) {
      basic("203.0.113." + (21 + i % 2), "reviewer.astana", "guess" + i);
    }
    assertThat(basic("203.0.113.23", "reviewer.astana", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theWebappLoginFormStillLogsInAndIsThrottledTheSameWay() {
    ResponseEntity<String> login = webappLogin("203.0.113.30", "reviewer.turkistan", "demo");
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody()).contains("\"userId\":\"reviewer.turkistan\"");

    for (int i = 0; i < 10; i++) {
      assertThat(webappLogin("203.0.113.31", "reviewer.turkistan", "guess" + i).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<String> throttled = webappLogin("203.0.113.31", "reviewer.turkistan", "demo");
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();

    assertThat(webappLogin("203.0.113.32", "reviewer.turkistan", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> basic(String address, String user, String password) {
    HttpHeaders headers = from(address);
    headers.setBasicAuth(user, password);
    return http.exchange("/engine-rest/version", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** As Tasklist's login page does it: a session and CSRF token first, then the form. */
  private ResponseEntity<String> webappLogin(String address, String user, String password) {
    ResponseEntity<String> session = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String sessionCookie = session.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];

    HttpHeaders headers = from(address);
    headers.add(HttpHeaders.COOKIE, sessionCookie);
    headers.add("X-XSRF-TOKEN", session.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
        String.class);
  }

  private static HttpHeaders from(String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.add("X-Forwarded-For", address);
    return headers;
  }
}
