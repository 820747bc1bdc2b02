package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.SecondNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * A webapp sign-in is kept in the database (Spring Session JDBC), not in one node's memory: signed in
 * to Tasklist on one node, the browser's next requests are served by another node on the same
 * database as the same user, with the same CSRF token, and signing out there signs out everywhere.
 * So a load balancer may send each request to any node. The shared context is thrown away afterwards:
 * the webapps keep some of their set-up in static fields, which node B's shutdown leaves behind.
 */
@IntegrationTest
@DirtiesContext
class SessionOnEveryNodeTest {

  private static final String AUTH = "/camunda/api/admin/auth/user/default";
  private static ConfigurableApplicationContext nodeB;
  private static TestRestTemplate httpB;

  @Autowired
  TestRestTemplate http;

  @BeforeAll
  static void startSecondNode() {
    nodeB = SecondNode.start("node-b", List.of());
    httpB = new TestRestTemplate();
    httpB.setUriTemplateHandler(new DefaultUriBuilderFactory(
        "http://localhost:" + SecondNode.port(nodeB)));
  }

  @AfterAll
  static void stopSecondNode() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void aTasklistSignInOnOneNodeIsValidOnTheOtherAndSigningOutThereEndsItOnBoth() {
    // the login page on node A: a session and the CSRF token, then the form
    ResponseEntity<String> page = http.getForEntity(AUTH, String.class);
    String session = cookie(page, "JSESSIONID").orElseThrow();
    String csrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders loginHeaders = browser(session, csrf);
    loginHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "reviewer.turkistan");
    form.add("password", "demo");
    ResponseEntity<String> login = http.postForEntity(AUTH + "/login/tasklist", new HttpEntity<>(form, loginHeaders),
        String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the sign-in starts a new session (against session fixation), without a CSRF token yet
    session = cookie(login, "JSESSIONID").orElseThrow();

    // node B never saw this browser: it reads the session from the database, and issues the new
    // session's CSRF token, as Tasklist's next request after the sign-in gets it
    ResponseEntity<String> onB = httpB.exchange(AUTH, HttpMethod.GET, new HttpEntity<>(browser(session, null)),
        String.class);
    assertThat(onB.getStatusCode()).isEqualTo(HttpStatus.OK);
    csrf = onB.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(csrf).isNotBlank();
    assertThat(onB.getBody()).contains("\"userId\":\"reviewer.turkistan\"").contains("tasklist");
    ResponseEntity<String> tasks = httpB.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(browser(session, csrf)), String.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).contains("\"count\"");

    // back on node A, a state-changing request passes A's CSRF check with the token node B issued
    ResponseEntity<String> logout = http.exchange(AUTH + "/logout", HttpMethod.POST,
        new HttpEntity<>(browser(session, csrf)), String.class);
    assertThat(logout.getStatusCode().is2xxSuccessful()).as("sign-out on node A: %s", logout).isTrue();

    // and the sign-out on A ends the session on B
    ResponseEntity<String> afterwardsOnB = httpB.exchange(AUTH, HttpMethod.GET,
        new HttpEntity<>(browser(session, null)), String.class);
    assertThat(afterwardsOnB.getBody()).doesNotContain("reviewer.turkistan");
  }

  @Test
  void withoutTheSessionCookieNodeBKnowsNoOne() {
    ResponseEntity<String> anonymous = httpB.getForEntity(AUTH, String.class);
    assertThat(anonymous.getBody()).doesNotContain("userId");
  }

  private static HttpHeaders browser(String session, String csrf) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    if (csrf != null) {
      headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf);
      headers.add("X-XSRF-TOKEN", csrf);
    }
    headers.add("X-Forwarded-For", "203.0.113.60");
    return headers;
  }

  private static Optional<String> cookie(ResponseEntity<?> response, String name) {
    List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().map(c -> c.split(";")[0]);
  }
}
