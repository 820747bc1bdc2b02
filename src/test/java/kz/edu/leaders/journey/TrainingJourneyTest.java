package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The training the journey calls for admitted candidates: levels, retakes, the mentor and removal by a coordinator. */
@IntegrationTest
final class TrainingJourneyTest extends JourneyStageTest {

  @Test
  void anAdmittedCandidateTrainsThroughTheThreeLevelsWithARetake() throws Exception {
    admittedToTraining();
    Assertions.assertThat(body("Сіз оқуға қабылдандыңыз")).contains("Рейтингтегі орныңыз: 12, балл: 88");
    ProcessInstance training = training();
    Assertions.assertThat(body("Сізге тәлімгер тағайындалды")).contains("mentor.example.kz");

    assessLevel(training, 74);
    assessLevel(training, 51);
    assertThat(training).isWaitingAt("Task_AssessLevel");
    Assertions.assertThat(body("Оқу нәтижесі: Сарапшылық деңгей")).contains("<b>51</b>").contains("қайта тапсыру");
    assessAgain(training, 66);
    assessLevel(training, 90);
    execute(managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Task_RecordTrainingCompleted").singleResult());

    assertThat(training).isEnded().hasPassed("Task_RecordTrainingCompleted", "EndEvent_TrainingCompleted");
    assertThat(journey).isWaitingAt("Activity_Internship").hasPassedInOrder("Task_AwaitRanking", "Gateway_Admitted",
        "Task_NotifyAdmitted", "Activity_Training", "Gateway_TrainingCompleted");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.TRAINING_COMPLETED);
    Assertions.assertThat(results()).filteredOn(r -> r.getStage().name().startsWith("TRAINING_"))
        .extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getScore, StageResult::getDecidedBy)
        .containsExactly(Assertions.tuple(Stage.TRAINING_BASIC, Outcome.PASSED, 74, "trainer"),
            Assertions.tuple(Stage.TRAINING_EXPERT, Outcome.RETAKE, 51, "trainer"),
            Assertions.tuple(Stage.TRAINING_EXPERT, Outcome.PASSED, 66, "trainer"),
            Assertions.tuple(Stage.TRAINING_PROFESSIONAL, Outcome.PASSED, 90, "trainer"));
    Assertions.assertThat(results()).filteredOn(r -> r.getStage().name().startsWith("TRAINING_"))
        .allSatisfy(r -> Assertions.assertThat(r.getRuleId()).isEqualTo("pass-marks"));
  }

  @Test
  void failingALevelsRetakeWithdrawsTheCandidate() throws Exception {
    admittedToTraining();
    ProcessInstance training = training();
    assessLevel(training, 40);
    assessAgain(training, 45);
    execute(managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Task_RecordTrainingFailure").singleResult());
    execute(managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Task_NotifyWithdrawn").singleResult());

    assertThat(training).isEnded().hasPassed("EndEvent_LevelFailed", "Event_TrainingFailed", "EndEvent_TrainingFailed")
        .hasNotPassed("Task_RecordTrainingCompleted");
    assertThat(journey).isEnded().hasPassed("EndEvent_TrainingFailed").hasNotPassed("EndEvent_TrainingCompleted");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome)
        .contains(Assertions.tuple(Stage.TRAINING_BASIC, Outcome.RETAKE), Assertions.tuple(Stage.TRAINING_BASIC, Outcome.FAILED),
            Assertions.tuple(Stage.WITHDRAWAL, Outcome.TRAINING_FAILED));
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("қайта тапсырғаннан кейін де өтпеді");
  }

  @Test
  void aMentorWhoHasNotMetTheirTraineeForAMonthIsReminded() throws Exception {
    admittedToTraining();
    ProcessInstance training = training();
    String mentorEmail = (String) runtimeService.getVariable(training.getId(), "mentorEmail");
    int mailsBefore = TestMailServer.mailsTo(mentorEmail).size();
    Job check = managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Event_NoMeetingForAMonth").singleResult();
    Assertions.assertThat(managementService.createJobQuery().jobId(check.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(new Date(check.getDuedate().getTime() + 1000));
    execute(managementService.createJobQuery().jobId(check.getId()).executable().singleResult());
    execute(managementService.createJobQuery().processInstanceId(training.getId()).activityId("Task_RemindMentor")
        .singleResult());

    Assertions.assertThat(TestMailServer.mailsTo(mentorEmail)).hasSize(mailsBefore + 1);
    Assertions.assertThat(TestMailServer.subject(TestMailServer.mailsTo(mentorEmail).get(mailsBefore)))
        .isEqualTo("Тәлімгерлік кездесу — " + application.getApplicationNumber() + " / Встреча с подопечным — "
            + application.getApplicationNumber());
    assertThat(training).hasPassed("EndEvent_MentorReminded").isWaitingAt("Event_LevelPeriodEnded");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Event_NoMeetingForAMonth").count()).as("checked again next month").isOne();
  }

  @Test
  void aTrainersScoreOutsideZeroToHundredIsRefused() throws Exception {
    admittedToTraining();
    ProcessInstance training = training();
    levelPeriodEnds(training);
    Task assessment = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    Assertions.assertThat(assessment.getTaskDefinitionKey()).isEqualTo("Task_AssessLevel");
    Assertions.assertThat(taskService.getIdentityLinksForTask(assessment.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("trainers");
    taskService.claim(assessment.getId(), "trainer");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(assessment.getId(), Map.of("levelScore", 101)))).hasMessageContaining("целое число от 0 до 100");
    Assertions.assertThat(results()).noneMatch(r -> r.getStage().name().startsWith("TRAINING_"));
  }

  @Test
  void aCoordinatorRemovesACandidateInTrainingWithAReason() throws Exception {
    admittedToTraining();
    ProcessInstance training = training();
    Assertions.assertThatThrownBy(() -> applicationService.withdraw(application.getApplicationNumber(), true, "no",
        "coordinator")).hasMessageContaining("Напишите причину исключения по решению координатора");

    applicationService.withdraw(application.getApplicationNumber(), true, "Did not attend the basic level",
        "coordinator");

    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(training.getId()).count())
        .isZero();
    run("Task_RecordRequestedWithdrawal");
    run("Task_NotifyWithdrawnOnRequest");
    assertThat(journey).isEnded().hasPassed("EndEvent_WithdrawnOnRequest").hasNotPassed("Gateway_TrainingCompleted");
    Assertions.assertThat(results()).filteredOn(r -> r.getStage() == Stage.WITHDRAWAL).singleElement()
        .satisfies(r -> {
          Assertions.assertThat(r.getOutcome()).isEqualTo(Outcome.REMOVED_BY_COORDINATOR);
          Assertions.assertThat(r.getReason()).endsWith("Did not attend the basic level");
          Assertions.assertThat(r.getDecidedBy()).isEqualTo("coordinator");
        });
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("үйлестірушісінің шешімімен: Did not attend");
  }
}
