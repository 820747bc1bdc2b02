package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.region.Region;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The internship after training and the final assessment after it. */
@IntegrationTest
final class InternshipAndAssessmentJourneyTest extends JourneyStageTest {

  private long placedPeriod;

  /** Trained through the three levels and placed at a host school for a period starting tomorrow. */
  private ProcessInstance trainedAndPlaced() {
    admittedToTraining();
    ProcessInstance training = training();
    for (int level = 0; level < 3; level++) {
      assessLevel(training, 80);
    }
    execute(managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Task_RecordTrainingCompleted").singleResult());
    ClockUtil.reset();
    ProcessInstance internship = internships.internshipOf(journey);
    placedPeriod = internships.periodStartingTomorrow(Region.TURKISTAN, 3).getId();
    internships.place(internship, placedPeriod);
    assertThat(internship).isWaitingAt("Event_InternshipPeriodEnded");
    Assertions.assertThat(body("Тағылымдама орны")).contains("Test school");
    return internship;
  }

  @Test
  void aTrainedCandidateInternsAndTheJourneyGoesOnWhenTheInternshipIsSignedOff() throws Exception {
    ProcessInstance internship = trainedAndPlaced();
    internships.logMeetings(application, 6);
    internships.periodEnds(internship);
    internships.submitReport(application);
    internships.evaluate(internship, 81);
    internships.signOff(internship);

    assertThat(internship).isEnded().hasPassed("EndEvent_InternshipCompleted");
    // (the training moved the engine clock months ahead and back: the order in history is by time)
    assertThat(journey).isWaitingAt("Activity_FinalAssessment").hasPassed("Activity_Training", "Activity_Internship",
        "Gateway_InternshipCompleted");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.INTERNSHIP_COMPLETED);
  }

  @Test
  void aFailedInternshipEndsTheJourney() throws Exception {
    ProcessInstance internship = trainedAndPlaced();
    internships.periodEnds(internship);
    internships.submitReport(application);
    internships.evaluate(internship, 30);
    execute(managementService.createJobQuery().processInstanceId(internship.getId())
        .activityId("Task_RecordInternshipFailure").singleResult());
    execute(managementService.createJobQuery().processInstanceId(internship.getId())
        .activityId("Task_NotifyWithdrawn").singleResult());

    assertThat(journey).isEnded().hasPassed("EndEvent_InternshipFailed").hasNotPassed("EndEvent_InternshipCompleted");
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getScore)
        .contains(Assertions.tuple(Stage.INTERNSHIP, Outcome.FAILED, 30), Assertions.tuple(Stage.WITHDRAWAL, Outcome.INTERNSHIP_FAILED, null));
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("базалық мектептің бағалауынан өтпеді");
  }

  @Test
  void aCandidateWhoWithdrawsBeforeTheInternshipFreesTheSchoolsAndTheMentorsPlace() throws Exception {
    ProcessInstance internship = trainedAndPlaced();
    long mentorId = mentorAssignments.findByApplicationId(application.getId()).orElseThrow().getMentorId();
    int mentorTrainees = mentors.findById(mentorId).orElseThrow().getActiveTrainees();
    Assertions.assertThat(periods.findById(placedPeriod).orElseThrow().getPlacesTaken()).isOne();

    applicationService.withdraw(application.getApplicationNumber(), false, "Moving abroad", "portal");
    run("Task_RecordRequestedWithdrawal");
    run("Task_NotifyWithdrawnOnRequest");

    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(internship.getId()).count())
        .isZero();
    Assertions.assertThat(taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .count()).isZero();
    Assertions.assertThat(periods.findById(placedPeriod).orElseThrow().getPlacesTaken()).isZero();
    Assertions.assertThat(mentors.findById(mentorId).orElseThrow().getActiveTrainees()).isEqualTo(mentorTrainees - 1);
    assertThat(journey).isEnded().hasPassed("EndEvent_WithdrawnOnRequest").hasNotPassed("Gateway_InternshipCompleted");
  }

  @Test
  void aReflectiveReportBelowThePassMarkEndsTheJourney() throws Exception {
    ProcessInstance assessment = finalAssessmentReviewed(50, 55);
    execute(job("Task_RecordFinalFailure", assessment));
    execute(job("Task_NotifyWithdrawn", assessment));

    assertThat(journey).isEnded().hasPassed("EndEvent_FinalAssessmentFailed").hasNotPassed("Activity_FinalInterview");
  }
}
