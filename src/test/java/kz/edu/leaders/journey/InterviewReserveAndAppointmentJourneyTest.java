package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.region.ProgrammeClock;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** After the final assessment: the interview, the reserve and an appointment to a post. */
@IntegrationTest
final class InterviewReserveAndAppointmentJourneyTest extends JourneyStageTest {

  /** A commission of two scores the candidate; the chair decides. */
  private ProcessInstance interviewed(int firstScore, int secondScore, String chairDecision) {
    ProcessInstance interview = stages.calledBy(journey, "final-interview");
    stages.schedule(interview, List.of("commission.member", "commission.second"));
    stages.interviewHeld(interview);
    stages.score(interview, "commission.member", firstScore);
    stages.score(interview, "commission.second", secondScore);
    stages.chair(interview, chairDecision, null);
    return interview;
  }

  @Test
  void afterTheInternshipTheCandidatePassesTheFinalStagesEntersTheReserveAndIsAppointed() throws Exception {
    finalAssessmentReviewed(80, 86);
    assertThat(journey).isWaitingAt("Activity_FinalInterview");

    interviewed(4, 5, "admit");
    run("Task_EnrolInReserve");
    run("Task_NotifyReserveEnrolled");

    assertThat(journey).isWaitingAt("Task_AwaitAppointment");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.IN_RESERVE);
    String certificate = (String) runtimeService.getVariable(journey.getId(), "certificateNumber");
    Assertions.assertThat(certificate).matches("LC-\\d{4}-[0-9A-Z]{8}");
    Assertions.assertThat(body("Сіз кадрлық резервке қабылдандыңыз")).contains(certificate)
        .contains("/verify/" + certificate);

    // the appointment issue's vacancy process sends this when the reservist accepts a post
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_RESERVIST_APPOINTED)
        .processInstanceId(journey.getId()).correlate();
    assertThat(journey).isEnded().hasPassedInOrder("Activity_FinalAssessment", "Gateway_FinalAssessmentPassed",
        "Activity_FinalInterview", "Gateway_InterviewPassed", "Task_EnrolInReserve", "Task_NotifyReserveEnrolled",
        "Task_AwaitAppointment", "EndEvent_Appointed");
  }

  @Test
  void aCandidateTheCommissionDoesNotAdmitLeavesAtTheInterview() throws Exception {
    journeyAt("Activity_FinalInterview");
    ProcessInstance interview = interviewed(2, 3, "reject");
    execute(job("Task_RecordInterviewFailure", interview));
    execute(job("Task_NotifyWithdrawn", interview));

    assertThat(journey).isEnded().hasPassed("EndEvent_InterviewFailed").hasNotPassed("Task_EnrolInReserve");
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("резервке қабылданбады");
  }

  @Test
  void aReservistNotAppointedWithinTheTermLeavesTheReserveWhenItEnds() throws Exception {
    journeyAt("Task_EnrolInReserve");
    run("Task_EnrolInReserve");
    run("Task_NotifyReserveEnrolled");
    String expiresOn = (String) runtimeService.getVariable(journey.getId(), "reserveExpiresOn");
    Assertions.assertThat(LocalDate.parse(expiresOn))
        .isEqualTo(LocalDate.now(ProgrammeClock.ZONE).plusYears(3));

    journeys.fireTimer(journey, "Event_ReserveExpired");
    run("Task_RecordReserveExpired");
    run("Task_NotifyReserveExpired");

    assertThat(journey).isEnded().hasPassed("EndEvent_ReserveExpired").hasNotPassed("EndEvent_Appointed");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.RESERVE_EXPIRED);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome)
        .containsSubsequence(Assertions.tuple(Stage.RESERVE, Outcome.ENROLLED), Assertions.tuple(Stage.RESERVE, Outcome.EXPIRED));
    Assertions.assertThat(body("Кадрлық резервтегі мерзіміңіз аяқталды")).contains(LocalDate.parse(expiresOn).format(ProgrammeClock.DAY));
  }
}
