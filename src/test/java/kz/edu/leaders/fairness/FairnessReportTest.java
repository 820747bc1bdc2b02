package kz.edu.leaders.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * Cohort 2037, constructed: 40 women of whom 20 pass the test (50 %), 40 men of whom 14 pass (35 %,
 * 0.7 of the women's rate). The process owner's JSON, CSV and page flag the men's rate; auditors read
 * it too; reviewers are refused; nobody's name or IIN appears anywhere.
 */
@IntegrationTest
class FairnessReportTest {

  private static final int COHORT = 2037;

  @Autowired
  ConstructedCohort cohort;
  @Autowired
  TestRestTemplate http;

  @Test
  void theProcessOwnerSeesTheMensTestRateFlaggedAtSevenTenthsOfTheWomens() {
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean female = i < 40;
      int serial = female ? i : i - 40;
      Application candidate = cohort.candidate(COHORT, female, "kk", Post.DEPUTY_HEAD);
      boolean passed = female ? serial < 20 : serial < 14;
      cohort.result(candidate, Stage.ELIGIBILITY, Outcome.ELIGIBLE, null);
      cohort.result(candidate, Stage.TEST, passed ? Outcome.PASSED : Outcome.FAILED, passed ? 70 + serial : 30 + serial);
      candidates.add(candidate);
    }

    ResponseEntity<String> json = get("process.owner", "/api/reports/fairness?cohort=" + COHORT);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).contains("\"findings\":[{\"stage\":\"TEST\",\"dimension\":\"GENDER\",\"group\":\"MALE\"",
        "\"ratioToHighest\":0.7");

    ResponseEntity<String> csv = get("auditor", "/api/reports/fairness.csv?cohort=" + COHORT);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody())
        .contains(COHORT + ",PASS_RATE,TEST,ALL,ALL,80,34,42.5,")
        .contains(COHORT + ",PASS_RATE,TEST,GENDER,MALE,40,14,35.0,0.7,true,,,,,,BELOW_FOUR_FIFTHS")
        .contains(COHORT + ",PASS_RATE,TEST,GENDER,FEMALE,40,20,50.0,1.0,false,,,,,,HIGHEST")
        .contains(COHORT + ",PASS_RATE,ELIGIBILITY,GENDER,MALE,40,40,100.0,1.0,false");

    ResponseEntity<String> page = get("process.owner", "/reports/fairness?cohort=" + COHORT);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("⚑ Тестілеу / Тестирование — Жынысы / Пол: Ерлер / Мужчины 35.0%",
        "<svg class=\"chart\" role=\"img\"", "<title>Тестілеу / Тестирование: Жынысы / Пол</title>",
        "<caption>Жынысы / Пол</caption>", "<tr class=\"flagged\"><td>Ерлер / Мужчины</td><td>40</td><td>14</td>");

    assertThat(get("expert.one", "/reports/fairness?cohort=" + COHORT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    for (ResponseEntity<String> response : List.of(json, csv, page)) {
      for (Application candidate : candidates) {
        assertThat(response.getBody()).doesNotContain(candidate.getIin(), candidate.getApplicationNumber(),
            candidate.getEmail());
      }
      assertThat(response.getBody()).doesNotContain("Тестова");
    }
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }
}
