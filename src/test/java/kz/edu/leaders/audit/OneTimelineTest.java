package kz.edu.leaders.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history and the platform's own records (stage results, mails) read one clock, so a
 * test or the simulator that moves the engine's time moves both, and the auditor's trail keeps the
 * order in which things happened.
 */
@IntegrationTest
class OneTimelineTest {

  private static final Duration AHEAD = Duration.ofHours(6);

  @Autowired
  TestJourneys journeys;
  @Autowired
  StageResultRepository results;
  @Autowired
  AuditTrail trail;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void aMovedEngineClockMovesTheRecordedDecisionsAndTheTrailKeepsTheirOrder() {
    Instant moved = Instant.now().plus(AHEAD);
    ClockUtil.offset(AHEAD.toMillis());

    Application candidate = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");

    List<StageResult> decisions = results.findByApplicationIdOrderByDecidedAtAsc(candidate.getId());
    assertThat(decisions).extracting(StageResult::getStage).contains(Stage.ELIGIBILITY, Stage.DOCUMENT_SCREENING);
    assertThat(decisions).allSatisfy(decision -> assertThat(decision.getDecidedAt()).isAfterOrEqualTo(moved));
    List<String> order = trail.of(candidate).stream()
        .filter(event -> event.kind() == TrailEvent.Kind.PROCESS_STARTED
            || event.kind() == TrailEvent.Kind.STAGE_RESULT
            || event.kind() == TrailEvent.Kind.ACTIVITY_ENTERED && "Task_ScreenDocuments".equals(event.activityId()))
        .map(event -> event.kind() == TrailEvent.Kind.STAGE_RESULT ? event.detail().split(":")[0] : event.kind().name())
        .toList();
    assertThat(order).containsSubsequence("PROCESS_STARTED", "ELIGIBILITY", "ACTIVITY_ENTERED", "DOCUMENT_SCREENING");
  }
}
