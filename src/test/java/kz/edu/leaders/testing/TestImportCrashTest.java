package kz.edu.leaders.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that dies mid-import, and two nodes on one database: the import goes on where it stopped,
 * every row is processed once, every result recorded once and every journey moved once.
 */
@IntegrationTest
class TestImportCrashTest {

  private static final String OPERATOR = "test.operator";

  @Autowired
  TestImportService service;
  @Autowired
  TestImportRepository imports;
  @Autowired
  TestImportRowRepository importRows;
  @Autowired
  TestJourneys journeys;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  HistoryService historyService;
  @Autowired
  CohortService cohorts;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  private Cohort cohort;
  private String testDay;

  @BeforeEach
  void theOpenCohort() {
    cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    testDay = cohort.getTestWindowStart().plusDays(1).toString();
  }

  @Test
  void anImportLeftHalfDoneByACrashedNodeIsResumedAndEveryRowProcessedOnce() {
    List<Application> candidates = candidatesAwaitingTest(3);
    List<TestResultRow> rows = scoresFor(candidates);
    rows.add(new TestResultRow(rows.size() + 1, cohort.getYear() + "-TUR-99998", "70", testDay));
    // the node that took it recorded the first row, then died: its lease is still running
    Instant crashedAt = Instant.now();
    long importId = storedAndTaken(rows, "crashed-node", crashedAt, crashedAt.plus(TestImportService.LEASE));
    assertThat(service.process(importId, pendingRows(importId).get(0), cohort, OPERATOR)).isTrue();

    service.resumeUnfinished();
    assertThat(imports.findById(importId).orElseThrow().getState()).isEqualTo(TestImport.State.RUNNING);
    assertThat(outcomes(importId)).containsExactly("1:ACCEPTED", "2:PENDING", "3:PENDING", "4:PENDING");

    // its lease runs out: the next look (at start-up, or every half lease) goes on with the import
    jdbc.update("update test_import set lease_until = ? where id = ?", Timestamp.from(crashedAt), importId);
    service.resumeUnfinished();

    awaitDone(importId);
    assertThat(outcomes(importId)).containsExactly("1:ACCEPTED", "2:ACCEPTED", "3:ACCEPTED", "4:REFUSED");
    assertThat(service.progress(importId)).containsEntry(TestImportRow.Outcome.PENDING, 0)
        .containsEntry(TestImportRow.Outcome.ACCEPTED, 3);
    candidates.forEach(this::assertRecordedAndMovedOnce);
  }

  @Test
  void twoNodesResumingOneImportAtOnceProcessEachRowOnce() throws Exception {
    List<Application> candidates = candidatesAwaitingTest(4);
    long importId = service.store(cohort.getYear(), scoresFor(candidates), "JSON", OPERATOR).getId();

    List<Boolean> took = AtOnce.run(() -> service.resume(importId), () -> service.resume(importId));

    // one took it; the other found it held (or done). Both false: this node's own look got there first
    assertThat(took).containsAnyOf(false);
    awaitDone(importId);
    assertThat(outcomes(importId)).containsExactly("1:ACCEPTED", "2:ACCEPTED", "3:ACCEPTED", "4:ACCEPTED");
    candidates.forEach(this::assertRecordedAndMovedOnce);
  }

  @Test
  void aNodeStillWorkingAfterItsLeaseRanOutNeverRecordsARowTwice() throws Exception {
    List<Application> candidates = candidatesAwaitingTest(1);
    // held by a node nobody hears from, so no look here takes the import while the two go at the row
    long importId = storedAndTaken(scoresFor(candidates), "another-node", Instant.now(),
        Instant.now().plus(Duration.ofHours(1)));
    TestImportRow row = pendingRows(importId).get(0);

    List<Boolean> marked = AtOnce.run(() -> service.process(importId, row, cohort, OPERATOR),
        () -> service.process(importId, row, cohort, OPERATOR));

    assertThat(marked).containsExactlyInAnyOrder(true, false);
    assertThat(outcomes(importId)).containsExactly("1:ACCEPTED");
    assertRecordedAndMovedOnce(candidates.get(0));
    jdbc.update("update test_import set lease_until = ? where id = ?", Timestamp.from(Instant.now()),
        importId);
    service.resumeUnfinished();
    awaitDone(importId);
  }

  private List<Application> candidatesAwaitingTest(int count) {
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      candidates.add(journeys.awaitingTest(TestApplications.valid(Region.ASTANA), "reviewer.astana"));
    }
    return candidates;
  }

  private List<TestResultRow> scoresFor(List<Application> candidates) {
    List<TestResultRow> rows = new ArrayList<>();
    candidates.forEach(candidate -> rows.add(new TestResultRow(rows.size() + 1, candidate.getApplicationNumber(),
        String.valueOf(61 + rows.size()), testDay)));
    return rows;
  }

  /** Stored and taken by another node at once, before this node's own look could take it. */
  private long storedAndTaken(List<TestResultRow> rows, String node, Instant now, Instant until) {
    return new TransactionTemplate(transactions).execute(status -> {
      long id = service.store(cohort.getYear(), rows, "CSV", OPERATOR).getId();
      assertThat(imports.claim(id, TestImport.State.RUNNING, node, now, until)).isOne();
      return id;
    });
  }

  private List<TestImportRow> pendingRows(long importId) {
    return importRows.findByImportIdAndOutcomeOrderByRowNumberAsc(importId, TestImportRow.Outcome.PENDING,
        Limit.unlimited());
  }

  private List<String> outcomes(long importId) {
    return service.rows(importId).stream().map(row -> row.getRowNumber() + ":" + row.getOutcome()).toList();
  }

  private void awaitDone(long importId) {
    await().atMost(Duration.ofMinutes(2))
        .until(() -> imports.findById(importId).orElseThrow().getState() == TestImport.State.DONE);
  }

  private void assertRecordedAndMovedOnce(Application candidate) {
    assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId()))
        .filteredOn(result -> result.getStage().equals(Stage.TEST)).hasSize(1);
    assertThat(applications.findById(candidate.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.TEST_PASSED);
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).activityId("Task_AwaitTestResult").finished().count())
        .isOne();
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).activityId("Task_AwaitRanking").count()).isOne();
  }
}
