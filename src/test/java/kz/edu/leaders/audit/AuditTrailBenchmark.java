package kz.edu.leaders.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.edu.leaders.OpenCohort;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestDatabase;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.Timing;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a test: the benchmark behind the README's figure for the auditor's trail. It fills the history
 * with candidates, then times the trail of the one who went furthest (GET /api/audit/..., as an
 * auditor calls it) at 100 and at 10,000 candidates, and reports both and their ratio. Run with
 * {@code ./mvnw -Pbenchmark test} (H2) or add {@code -Dtest.database=postgres}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@ExtendWith(OpenCohort.class)
class AuditTrailBenchmark {

  private static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 10_000);
  private static final int SAMPLES = 200;

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestJourneys journeys;
  @Autowired
  ApplicationService applications;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CohortService cohorts;

  @Test
  void trailOfTheFurthestCandidate() throws IOException {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    Application furthest = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(furthest, 88));
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_RANKING_DECIDED)
        .processInstanceBusinessKey(furthest.getApplicationNumber())
        .setVariable(CandidateJourney.ADMITTED, true).setVariable(CandidateJourney.RANK_POSITION, 1).correlate();
    journeys.runJobs(furthest, "Task_NotifyTestResult", "Task_NotifyAdmitted");

    fill(99);
    Timing.Percentiles small = time(furthest);
    long started = System.nanoTime();
    fill(CANDIDATES - 100);
    Duration filling = Duration.ofNanos(System.nanoTime() - started);
    Timing.Percentiles large = time(furthest);

    String report = String.format(
        "Auditor's trail, candidate %s (%s):%n"
            + "  with %,d candidates in history: p50 %.1f ms, p95 %.1f ms%n"
            + "  with %,d candidates in history: p50 %.1f ms, p95 %.1f ms%n"
            + "  ratio p50 %,d / %,d candidates: %.2f (1.00 = no slower with a larger history)%n"
            + "  target: under 200 ms: %s; filling the history took %s%n",
        furthest.getApplicationNumber(), System.getProperty("test.database", "h2"), 100, small.p50(), small.p95(),
        CANDIDATES, large.p50(), large.p95(), CANDIDATES, 100, large.p50() / small.p50(),
        large.p95() < 200 ? "met" : "NOT met", filling);
    System.out.print(report);
    Files.createDirectories(Path.of("target/benchmark"));
    Files.writeString(Path.of("target/benchmark/audit-trail.txt"), report);
  }

  /** Candidates who applied, were found eligible and whose documents were accepted. */
  private void fill(int count) {
    Map<String, Object> accepted = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, true));
    accepted.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    Region[] regions = {Region.TURKISTAN, Region.ALMATY, Region.ASTANA, Region.KARAGANDA};
    for (int i = 0; i < count; i++) {
      Region region = regions[i % regions.length];
      Application candidate = applications.submit(TestApplications.valid(region));
      journeys.runJobs(candidate, "Task_NotifyApplicationReceived", "Task_CheckEligibility");
      Task screening = taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).singleResult();
      taskService.claim(screening.getId(), "reviewer." + region.slug());
      taskService.complete(screening.getId(), accepted);
      journeys.runJobs(candidate, "Task_ScreenDocuments", "Task_NotifyDocumentsAccepted");
    }
  }

  /** p50 and p95 of the trail request, after a warm-up, in milliseconds. */
  private Timing.Percentiles time(Application candidate) {
    String path = "/api/audit/applications/" + candidate.getApplicationNumber();
    return Timing.of(() -> fetch(path), 20, SAMPLES);
  }

  private void fetch(String path) {
    var response = http.withBasicAuth("auditor", "demo").getForEntity(path, String.class);
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException(path + " answered " + response.getStatusCode());
    }
  }
}
