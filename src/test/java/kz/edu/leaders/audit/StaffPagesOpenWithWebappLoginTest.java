package kz.edu.leaders.audit;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.WebappLogin;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The auditor's trail and the reports open in the browser the auditor or process owner signed in to
 * Cockpit with, without a second (Basic) login; the roles still decide who sees what, and a browser
 * not signed in gets the way to Cockpit's login instead of a Basic prompt.
 */
@IntegrationTest
class StaffPagesOpenWithWebappLoginTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationService applications;

  private Application candidate;

  @BeforeEach
  void aCandidateHasATrail() {
    candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
  }

  @Test
  void anAuditorSignedInToCockpitOpensTheTrailItsPdfAndTheReports() {
    String auditor = WebappLogin.session(http, "auditor", "cockpit");

    ResponseEntity<String> trail = page(auditor, "/audit/applications/" + candidate.getApplicationNumber());
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains(candidate.getApplicationNumber());
    assertThat(page(auditor, "/api/audit/applications/" + candidate.getApplicationNumber() + "/trail.pdf")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(auditor, "/reports").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(auditor, "/api/reports/funnel.csv").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(auditor, "/api/docs/openapi").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRolesStillDecide() {
    String reviewer = WebappLogin.session(http, "reviewer.turkistan", "tasklist");

    assertThat(page(reviewer, "/audit/applications/" + candidate.getApplicationNumber()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page(reviewer, "/reports").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String processOwner = WebappLogin.session(http, "process.owner", "cockpit");
    assertThat(page(processOwner, "/reports").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(processOwner, "/audit/applications/" + candidate.getApplicationNumber()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theSessionOpensPagesAndFilesButTheJsonApiAndChangesStayBasicOnly() {
    String auditor = WebappLogin.session(http, "auditor", "cockpit");

    assertThat(page(auditor, "/api/audit/applications/" + candidate.getApplicationNumber()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders headers = browser(auditor);
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/api/cohorts", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aBrowserNotSignedInIsShownTheWayToCockpitAndAScriptStillGetsTheBasicChallenge() {
    ResponseEntity<String> browser = page(null, "/reports");
    assertThat(browser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(browser.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    assertThat(browser.getBody()).contains("Войти в Cockpit").contains("href=\"/camunda/app/cockpit/default/\"");

    ResponseEntity<String> script = http.getForEntity("/reports", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(script.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  private ResponseEntity<String> page(String session, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(browser(session)), String.class);
  }

  /** What a browser sends when a person opens a link. */
  private static HttpHeaders browser(String session) {
    HttpHeaders headers = new HttpHeaders();
    if (session != null) {
      headers.add(HttpHeaders.COOKIE, session);
    }
    headers.add(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    return headers;
  }
}
