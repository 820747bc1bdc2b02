package kz.edu.leaders.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Post;
import kz.edu.leaders.application.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cohort 2038, constructed: two reflective reports scored by expert.north and expert.south (80 / 60,
 * sent to arbitration; 70 / 66, agreed), and two interviews by three members. The process owner reads
 * the figures with the raters' names; raters, auditors and administrators never do.
 */
@IntegrationTest
class RaterReportTest {

  private static final int COHORT = 2038;
  private static final Instant AT = Instant.parse("2038-10-01T06:00:00Z");

  @Autowired
  ConstructedCohort cohort;
  @Autowired
  TestRestTemplate http;

  @Test
  void onlyTheProcessOwnerSeesWhoJudgedHow() {
    Application first = cohort.candidate(COHORT, true, "kk", Post.DEPUTY_HEAD);
    Application second = cohort.candidate(COHORT, false, "ru", Post.TEACHER);
    cohort.expertReview(first.getId(), "expert.north", "EXPERT", 80, AT);
    cohort.expertReview(first.getId(), "expert.south", "EXPERT", 60, AT);
    cohort.result(first, Stage.FINAL_ASSESSMENT, Outcome.ARBITRATION, 70);
    cohort.expertReview(second.getId(), "expert.north", "EXPERT", 70, AT.plusSeconds(60));
    cohort.expertReview(second.getId(), "expert.south", "EXPERT", 66, AT.plusSeconds(60));
    cohort.result(second, Stage.FINAL_ASSESSMENT, Outcome.AGREED, 68);
    // the first interview: 4, 3, 5; the second: 2, 1, 3 (each member the same on every competency)
    int[][] interviews = {{4, 3, 5}, {2, 1, 3}};
    String[] members = {"member.a", "member.b", "member.c"};
    for (int i = 0; i < 2; i++) {
      for (int m = 0; m < 3; m++) {
        for (String competency : new String[] {"STRATEGIC_VISION", "TEAM_DEVELOPMENT"}) {
          cohort.interviewScore((i == 0 ? first : second).getId(), members[m], competency, interviews[i][m], AT);
        }
      }
    }

    ResponseEntity<String> json = get("process.owner", "/api/reports/raters?cohort=" + COHORT);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    // expert.north: +20 and +4 against expert.south, one of two pairs to arbitration
    assertThat(json.getBody()).contains("\"rater\":\"expert.north\",\"candidates\":2,\"leniency\":12.0",
        "\"pairs\":2,\"arbitrationShare\":0.5", "\"rater\":\"member.b\",\"candidates\":2,\"leniency\":-1.5");
    ResponseEntity<String> csv = get("process.owner", "/api/reports/raters.csv?cohort=" + COHORT);
    assertThat(csv.getBody()).contains(COHORT + ",EXPERTS,ALL,2,,,,,,,,0.5,",
        COHORT + ",EXPERTS,expert.south,2,-12.0,,,,false,false,2,0.5,");
    assertThat(get("process.owner", "/reports/fairness?cohort=" + COHORT).getBody())
        .contains("Кім қалай бағалады / Кто как оценивал", "<td>expert.north</td>", "<td>member.c</td>");

    for (String refused : new String[] {"expert.one", "commission.member", "commission.chair", "auditor", "admin"}) {
      assertThat(get(refused, "/api/reports/raters?cohort=" + COHORT).getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    String auditorsPage = get("auditor", "/reports/fairness?cohort=" + COHORT).getBody();
    assertThat(auditorsPage).contains("справедливость отбора").doesNotContain("expert.north", "member.a",
        "Кто как оценивал");
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").getForEntity(path, String.class);
  }
}
