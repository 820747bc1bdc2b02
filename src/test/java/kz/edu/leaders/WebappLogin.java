package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Signs in as the webapps' login page does (Tasklist, Cockpit, Admin); demo passwords. */
public final class WebappLogin {

  private WebappLogin() {
  }

  /** @return the session cookie the browser then sends everywhere on this host */
  public static String session(TestRestTemplate http, String user, String app) {
    ResponseEntity<String> session = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String cookie = sessionCookie(session).orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    headers.add("X-XSRF-TOKEN", session.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password(user));
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(login.getHeaders() + " " + login.getBody()).isEqualTo(HttpStatus.OK);
    // the login may start a new session (fixation): the browser keeps the newest cookie
    return sessionCookie(login).orElse(cookie);
  }

  public static String password(String user) {
    return "admin".equals(user) ? "admin" : "demo";
  }

  private static Optional<String> sessionCookie(ResponseEntity<?> response) {
    List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (cookies == null) {
      return Optional.empty();
    }
    return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).peek(cookie ->
            // sent by the browser to /api as well as to /camunda
            assertThat(cookie).containsIgnoringCase("Path=/;"))
        .findFirst().map(cookie -> cookie.split(";")[0]);
  }
}
