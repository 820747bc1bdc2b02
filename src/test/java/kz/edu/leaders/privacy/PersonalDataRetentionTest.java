package kz.edu.leaders.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Post;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.fairness.ConstructedCohort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cohort 2039, constructed: 40 women (20 pass the test) and 40 men (14 pass), each with a diploma.
 * Six years on, past the five-year retention, they are anonymised: names, IIN, contacts and documents
 * are gone, the fairness report's figures are the same to the last digit, the anonymisation is on
 * the trail once. A candidate whose journey still runs is never due.
 */
@IntegrationTest
class PersonalDataRetentionTest {

  private static final int COHORT = 2039;

  @Autowired
  ConstructedCohort cohort;
  @Autowired
  PersonalDataRetention retention;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  StageResultRepository results;
  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void forgetsThePeopleAndKeepsTheFigures() {
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean female = i < 40;
      int serial = female ? i : i - 40;
      Application candidate = cohort.candidate(COHORT, female, i % 3 == 0 ? "ru" : "kk",
          i % 4 == 0 ? Post.TEACHER : Post.DEPUTY_HEAD);
      boolean passed = female ? serial < 20 : serial < 14;
      cohort.result(candidate, Stage.TEST, passed ? Outcome.PASSED : Outcome.FAILED, passed ? 70 + serial : 30 + serial);
      cohort.document(candidate.getId(), "diploma-" + candidate.getName().lastName() + ".pdf",
          "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
      candidates.add(candidate);
    }
    Application stillRunning = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    String before = fairness();

    List<Long> due = retention.dueOn(Instant.now().plus(6 * 366, ChronoUnit.DAYS));
    assertThat(due).containsAll(candidates.stream().map(Application::getId).toList())
        .doesNotContain(stillRunning.getId());
    assertThat(retention.dueOn(Instant.now().plus(4 * 365, ChronoUnit.DAYS))).doesNotContainAnyElementsOf(
        candidates.stream().map(Application::getId).toList());
    jdbc.update("insert into appeal (application_id, stage_result_id, stage, reason, deciders, state, lodged_at,"
        + " decision_reason) select application_id, max(id), 'TEST', 'Мен, Тестова, ауырып қалдым', 'system',"
        + " 'UPHELD', current_timestamp, 'Тестова ханым анықтама берген жоқ' from stage_result where application_id = ?"
        + " group by application_id", candidates.get(0).getId());
    candidates.forEach(c -> retention.anonymise(c.getId()));
    retention.anonymise(candidates.get(0).getId());

    assertThat(fairness()).isEqualTo(before);
    Application first = applications.findById(candidates.get(0).getId()).orElseThrow();
    assertThat(first.getIin()).isNotEqualTo(candidates.get(0).getIin()).startsWith("0000004").hasSize(12);
    assertThat(first.getName().lastName()).isEqualTo(PersonalDataRetention.REMOVED);
    assertThat(first.getEmail()).isEqualTo("anonymised-" + first.getId() + "@invalid");
    String export = http.withBasicAuth("portal", "demo").getForEntity("/api/applications/"
        + first.getApplicationNumber() + "/personal-data", String.class).getBody();
    assertThat(export).contains("\"documents\":[]", "\"outcome\":\"PASSED\"", "\"stage\":\"ANONYMISATION\"")
        .doesNotContain(candidates.get(0).getIin(), candidates.get(0).getEmail(), "Тестова");
    assertThat(results.findByApplicationIdOrderByDecidedAtAsc(first.getId()).stream()
        .filter(r -> r.getStage() == Stage.ANONYMISATION)).hasSize(1);
    assertThat(jdbc.queryForList("select reason, decision_reason from appeal where application_id = ?",
        first.getId())).singleElement().satisfies(appeal -> assertThat(appeal.values())
            .containsExactly(PersonalDataRetention.REMOVED, null));
    assertThat(applications.findById(stillRunning.getId()).orElseThrow().getIin()).isEqualTo(stillRunning.getIin());
  }

  private String fairness() {
    return http.withBasicAuth("process.owner", "demo").getForEntity("/api/reports/fairness.csv?cohort=" + COHORT,
        String.class).getBody();
  }
}
