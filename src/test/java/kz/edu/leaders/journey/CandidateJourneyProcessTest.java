package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestInternships;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WalkedElements;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.training.MentorAssignmentRepository;
import kz.edu.leaders.training.MentorRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of candidate-journey and the training and internship it calls, run by the real engine with the real
 * listeners, rules and tables. After the last test, every element of both models must have been
 * walked by this class: that check is why the whole journey stays one class (beside the journey's
 * model it tests) rather than one per stage.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateJourneyProcessTest {

  private static final String REVIEWER = "reviewer.turkistan";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CohortCalendar cohortCalendar;

  @Autowired
  TestInternships internships;
  @Autowired
  TestFinalStages stages;
  @Autowired
  TestJourneys journeys;
  @Autowired
  InternshipPeriodRepository periods;
  @Autowired
  MentorRepository mentors;
  @Autowired
  MentorAssignmentRepository mentorAssignments;

  private Application application;
  private ProcessInstance journey;
  private long placedPeriod;

  @Autowired
  RepositoryService repositoryService;

  private Date classStarted;

  @BeforeAll
  void startCounting() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @AfterAll
  void everyElementOfTheJourneyAndTheTrainingWasWalked() {
    for (String processKey : List.of(CandidateJourney.PROCESS_KEY, "training")) {
      WalkedElements.assertEveryElementWalked(repositoryService, historyService, processKey, classStarted);
    }
  }

  @Test
  void aNewApplicationIsCheckedWaitsForTheRegionsReviewersAndTheCandidateHearsOfIt() throws Exception {
    apply(TestApplications.valid(Region.TURKISTAN));
    assertThat(journey).isStarted().isWaitingAt("Task_CheckEligibility", "Task_NotifyApplicationReceived");
    run("Task_NotifyApplicationReceived");
    run("Task_CheckEligibility");

    assertThat(journey).hasPassed("EndEvent_ReceiptSent", "Gateway_Eligible").isWaitingAt("Task_ScreenDocuments");
    assertThat(task(journey)).hasCandidateGroup("document-reviewers-turkistan");
    Task withForm = taskService.createTaskQuery().taskId(task(journey).getId()).initializeFormKeys().singleResult();
    Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("document-screening");
    Assertions.assertThat(withForm.getDueDate()).isEqualTo(cohortCalendar.screeningDue(application.getCohortYear()));
    Assertions.assertThat(runtimeService.getVariables(journey.getId())).containsOnlyKeys(
        CandidateJourney.APPLICATION_ID, CandidateJourney.APPLICATION_NUMBER, CandidateJourney.REGION,
        CandidateJourney.REGION_NAME, CandidateJourney.CANDIDATE_MASKED_IIN, CandidateJourney.COHORT_YEAR,
        CandidateJourney.ELIGIBLE, CandidateJourney.INELIGIBILITY_REASONS);
    Assertions.assertThat(subjects()).containsExactly("Өтініміңіз қабылданды — " + application.getApplicationNumber());
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getRuleId)
        .containsExactly(Assertions.tuple(Stage.ELIGIBILITY, Outcome.ELIGIBLE, "eligibility"));
    // Cockpit: the evaluation under this journey, by its business rule task; no row matched, no reason
    HistoricDecisionInstance eligibility = eligibilityDecision();
    Assertions.assertThat(eligibility.getActivityId()).isEqualTo("Task_CheckEligibility");
    Assertions.assertThat(eligibility.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .containsExactlyInAnyOrder(application.getCurrentPost().name(), application.getOrganisationType().name(),
            application.getYearsOfExperience());
    Assertions.assertThat(eligibility.getOutputs()).isEmpty();
  }

  private HistoricDecisionInstance eligibilityDecision() {
    return historyService.createHistoricDecisionInstanceQuery().processInstanceId(journey.getId())
        .decisionDefinitionKey("eligibility").includeInputs().includeOutputs().singleResult();
  }

  @Test
  void tooLittleExperienceEndsTheJourneyAndTheCandidateIsToldWhy() throws Exception {
    apply(TestApplications.withExperience(Region.TURKISTAN, 3));
    run("Task_CheckEligibility");
    run("Task_NotifyIneligible");
    run("Task_NotifyApplicationReceived");

    assertThat(journey).isEnded().hasPassed("EndEvent_Ineligible").hasNotPassed("Task_ScreenDocuments");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
    StageResult eligibility = results().get(0);
    Assertions.assertThat(eligibility.getOutcome()).isEqualTo(Outcome.INELIGIBLE);
    Assertions.assertThat(eligibility.getReason()).isEqualTo("EXPERIENCE_TOO_SHORT");
    // the record names the version the business rule task evaluated, as Cockpit shows it
    Assertions.assertThat(eligibility.getRuleVersion()).isEqualTo(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionId(eligibilityDecision().getDecisionDefinitionId()).singleResult().getVersion());
    Assertions.assertThat(eligibilityDecision().getOutputs()).extracting(HistoricDecisionOutputInstance::getValue)
        .contains("EXPERIENCE_TOO_SHORT");
    Assertions.assertThat(body("Бағдарламаға сәйкестік нәтижесі")).contains("Педагогикалық өтіліңіз 5 жылдан аз");
  }

  @Test
  void rejectedDocumentsEndTheJourneyWithTheReason() throws Exception {
    atScreening();
    screen(rejected("Diploma is not a pedagogical one"));
    run("Task_NotifyDocumentsRejected");

    assertThat(journey).isEnded().hasPassed("EndEvent_DocumentsRejected").hasNotPassed("Task_NotifyDocumentsAccepted");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_REJECTED);
    Assertions.assertThat(results()).extracting(StageResult::getOutcome, StageResult::getReason, StageResult::getDecidedBy)
        .contains(Assertions.tuple(Outcome.REJECTED, "Diploma is not a pedagogical one", REVIEWER));
    Assertions.assertThat(body("Құжаттарды тексеру нәтижесі")).contains("Себебі: Diploma is not a pedagogical one");
  }

  @Test
  void incompleteDocumentsComeBackToScreeningWhenTheCandidateResubmits() throws Exception {
    atScreening();
    screen(incomplete("Employment record for 2019-2021"));
    run("Task_NotifyDocumentsIncomplete");
    assertThat(journey).isWaitingAt("Task_AwaitResubmission");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_INCOMPLETE);
    Assertions.assertThat(body("Құжаттар толық емес")).contains("Employment record for 2019-2021")
        .contains((String) runtimeService.getVariable(journey.getId(), CandidateJourney.RESUBMISSION_DEADLINE));

    applicationService.resubmitDocuments(application.getApplicationNumber());

    assertThat(journey).isWaitingAt("Task_ScreenDocuments");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    screen(accepted());
    assertThat(journey).hasPassed("Gateway_ScreeningRound");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);
  }

  @Test
  void missingTheResubmissionDeadlineWithdrawsTheCandidate() throws Exception {
    atScreening();
    screen(incomplete("Diploma supplement is missing"));
    run("Task_NotifyDocumentsIncomplete");
    Job deadline = managementService.createJobQuery().processInstanceId(journey.getId()).timers().singleResult();
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(journey.getId()).executable().count())
        .isZero();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
    Assertions.assertThat(managementService.createJobQuery().jobId(deadline.getId()).executable().count()).isOne();
    execute(managementService.createJobQuery().jobId(deadline.getId()).singleResult());
    run("Task_RecordNoResubmission");
    run("Task_NotifyWithdrawnNoResubmission");

    assertThat(journey).isEnded().hasPassed("Event_ResubmissionDeadlinePassed", "EndEvent_WithdrawnNoResubmission");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome)
        .contains(Assertions.tuple(Stage.WITHDRAWAL, Outcome.NO_RESUBMISSION));
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("мерзімде жіберілмеді");
    Assertions.assertThatThrownBy(() -> applicationService.resubmitDocuments(application.getApplicationNumber()))
        .hasMessageContaining("not waiting for documents");
  }

  @Test
  void aCandidateWithoutATestResultIsWithdrawnAsANoShow() throws Exception {
    awaitingTest();
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_TEST_NO_SHOW)
        .processInstanceBusinessKey(application.getApplicationNumber()).correlate();
    run("Task_RecordTestNoShow");
    run("Task_NotifyWithdrawnNoShow");

    assertThat(journey).isEnded().hasPassed("Event_TestNoShow", "EndEvent_WithdrawnNoShow");
    Assertions.assertThat(results()).extracting(StageResult::getOutcome).contains(Outcome.TEST_NO_SHOW);
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("тестке қатыспадыңыз");
  }

  @Test
  void aScoreBelowThePassMarkEndsTheJourney() throws Exception {
    awaitingTest();
    testResult(42, false);
    run("Task_NotifyTestResult");

    assertThat(journey).isEnded().hasPassed("EndEvent_TestFailed", "EndEvent_TestResultSent");
    Assertions.assertThat(body("Тестілеу нәтижесі")).contains("<b>42</b>").contains("шекті балдан төмен");
  }

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
        () -> taskService.complete(assessment.getId(), Map.of("levelScore", 101)))).hasMessageContaining("0 to 100");
    Assertions.assertThat(results()).noneMatch(r -> r.getStage().name().startsWith("TRAINING_"));
  }

  @Test
  void aCandidateWhoWithdrawsDuringScreeningLeavesNoOpenTask() throws Exception {
    atScreening();
    applicationService.withdraw(application.getApplicationNumber(), false, null, "portal");

    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(journey.getId()).count()).isZero();
    run("Task_RecordRequestedWithdrawal");
    run("Task_NotifyWithdrawnOnRequest");
    assertThat(journey).isEnded().hasPassed("StartEvent_WithdrawalRequested", "EndEvent_WithdrawnOnRequest")
        .hasNotPassed("Gateway_DocumentsDecision");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getDecidedBy)
        .contains(Assertions.tuple(Stage.WITHDRAWAL, Outcome.CANDIDATE_REQUEST, "portal"));
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("Өз өтінішіңіз бойынша");
    Assertions.assertThatThrownBy(() -> applicationService.withdraw(application.getApplicationNumber(), false, null,
        "portal")).hasMessageContaining("already left the programme");
  }

  @Test
  void aCoordinatorRemovesACandidateInTrainingWithAReason() throws Exception {
    admittedToTraining();
    ProcessInstance training = training();
    Assertions.assertThatThrownBy(() -> applicationService.withdraw(application.getApplicationNumber(), true, "no",
        "coordinator")).hasMessageContaining("reason");

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
  void afterTheInternshipTheCandidatePassesTheFinalStagesEntersTheReserveAndIsAppointed() throws Exception {
    atTheFinalAssessment();
    ProcessInstance assessment = stages.calledBy(journey, "final-assessment");
    stages.submitReport(application);
    stages.expertReviews(assessment, 80, 86);
    stages.externalConfirms(assessment);
    assertThat(journey).isWaitingAt("Activity_FinalInterview");

    ProcessInstance interview = stages.calledBy(journey, "final-interview");
    stages.schedule(interview, List.of("commission.member", "commission.second"));
    stages.interviewHeld(interview);
    stages.score(interview, "commission.member", 4);
    stages.score(interview, "commission.second", 5);
    stages.chair(interview, "admit", null);
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
  void aReflectiveReportBelowThePassMarkEndsTheJourney() throws Exception {
    atTheFinalAssessment();
    ProcessInstance assessment = stages.calledBy(journey, "final-assessment");
    stages.submitReport(application);
    stages.expertReviews(assessment, 50, 55);
    stages.externalConfirms(assessment);
    execute(job("Task_RecordFinalFailure", assessment));
    execute(job("Task_NotifyWithdrawn", assessment));

    assertThat(journey).isEnded().hasPassed("EndEvent_FinalAssessmentFailed").hasNotPassed("Activity_FinalInterview");
  }

  @Test
  void aCandidateTheCommissionDoesNotAdmitLeavesAtTheInterview() throws Exception {
    BpmnAwareTests.init(engine);
    application = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_FinalInterview");
    journey = runtimeService.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult();
    ProcessInstance interview = stages.calledBy(journey, "final-interview");
    stages.schedule(interview, List.of("commission.member", "commission.second"));
    stages.interviewHeld(interview);
    stages.score(interview, "commission.member", 2);
    stages.score(interview, "commission.second", 3);
    stages.chair(interview, "reject", null);
    execute(job("Task_RecordInterviewFailure", interview));
    execute(job("Task_NotifyWithdrawn", interview));

    assertThat(journey).isEnded().hasPassed("EndEvent_InterviewFailed").hasNotPassed("Task_EnrolInReserve");
    Assertions.assertThat(body("Бағдарламадан шығу")).contains("резервке қабылданбады");
  }

  @Test
  void aReservistNotAppointedWithinTheTermLeavesTheReserveWhenItEnds() throws Exception {
    BpmnAwareTests.init(engine);
    application = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Task_EnrolInReserve");
    journey = runtimeService.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult();
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
    Assertions.assertThat(body("Кадрлық резервтегі мерзіміңіз аяқталды")).contains(expiresOn);
  }

  private void atTheFinalAssessment() {
    BpmnAwareTests.init(engine);
    application = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_FinalAssessment");
    journey = runtimeService.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult();
    assertThat(journey).isWaitingAt("Activity_FinalAssessment");
  }

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

  private void admittedToTraining() {
    awaitingTest();
    testResult(88, true);
    assertThat(journey).isWaitingAt("Task_AwaitRanking", "Task_NotifyTestResult");
    run("Task_NotifyTestResult");
    ranking(true, 12);
    run("Task_NotifyAdmitted");
    assertThat(journey).isWaitingAt("Activity_Training");
    assignFirstProposedMentor(training());
  }

  /** The coordinator takes the first proposal; the candidate hears who their mentor is. */
  private void assignFirstProposedMentor(ProcessInstance training) {
    Task assign = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    Assertions.assertThat(assign.getTaskDefinitionKey()).isEqualTo("Task_AssignMentor");
    String proposals = (String) taskService.getVariableLocal(assign.getId(), "mentorProposals");
    long firstProposed = Long.parseLong(proposals.split("\n")[2].split("\\|")[1].trim());
    taskService.claim(assign.getId(), "coordinator");
    taskService.complete(assign.getId(), Map.of("mentorId", firstProposed));
    for (String activity : List.of("Task_AssignMentor", "Task_NotifyMentorAssigned")) {
      execute(managementService.createJobQuery().processInstanceId(training.getId()).activityId(activity)
          .singleResult());
    }
    assertThat(training).isWaitingAt("Event_LevelPeriodEnded");
  }

  private ProcessInstance training() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
  }

  /** Moves the engine clock past the level's period; the level's timer then fires. */
  private void levelPeriodEnds(ProcessInstance training) {
    Job period = managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Event_LevelPeriodEnded").timers().singleResult();
    Assertions.assertThat(managementService.createJobQuery().jobId(period.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(new Date(period.getDuedate().getTime() + 1000));
    execute(managementService.createJobQuery().jobId(period.getId()).executable().singleResult());
  }

  private void assessLevel(ProcessInstance training, int score) {
    levelPeriodEnds(training);
    assessAgain(training, score);
  }

  /** The trainer scores the open assessment; its result mail goes out. */
  private void assessAgain(ProcessInstance training, int score) {
    Task assessment = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    taskService.claim(assessment.getId(), "trainer");
    taskService.complete(assessment.getId(), Map.of("levelScore", score, "levelComment", "observed lesson"));
    for (String activity : List.of("Task_AssessLevel", "Task_NotifyLevelResult")) {
      execute(managementService.createJobQuery().processInstanceId(training.getId()).activityId(activity)
          .singleResult());
    }
  }

  @Test
  void aPassedCandidateBeyondCapacityIsToldTheirPosition() throws Exception {
    awaitingTest();
    testResult(61, true);
    run("Task_NotifyTestResult");
    ranking(false, 640);
    run("Task_NotifyNotAdmitted");

    assertThat(journey).isEnded().hasPassed("EndEvent_NotAdmittedToTraining");
    Assertions.assertThat(body("Оқуға іріктеу нәтижесі")).contains("(640, балл: 61)");
  }

  @Test
  void refusedDecisionsLeaveTheTaskOpenAndNothingRecorded() {
    atScreening();
    claim(task(journey), REVIEWER);
    Map<String, Object> unticked = accepted();
    unticked.put("checkDiploma", false);
    FormFieldValidationException refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), unticked));
    Assertions.assertThat(refused.<String>getDetail()).isEqualTo("checkDiploma");
    // the unticked item by its document's name, Kazakh then Russian: Tasklist shows the reviewer's language
    Assertions.assertThat(refused).hasMessageContaining(
        "Қабылдау үшін тексеру парағында белгілеңіз: «Диплом» / Для принятия отметьте в чек-листе: «Диплом»");

    refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), rejected("  no  ")));
    Assertions.assertThat(refused.<String>getDetail()).isEqualTo(CandidateJourney.REJECTION_REASON);

    refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), rejected("x".repeat(2001))));
    Assertions.assertThat(refused.<String>getDetail()).isEqualTo(CandidateJourney.REJECTION_REASON);

    refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), incomplete("")));
    Assertions.assertThat(refused.<String>getDetail()).isEqualTo(CandidateJourney.MISSING_DOCUMENTS);

    Map<String, Object> unknown = accepted();
    unknown.put(CandidateJourney.DOCUMENTS_DECISION, "maybe");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), unknown))).hasMessageContaining("Выберите решение");

    assertThat(journey).isWaitingAt("Task_ScreenDocuments");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    Assertions.assertThat(results()).extracting(StageResult::getStage).containsExactly(Stage.ELIGIBILITY);
  }

  @Test
  void anUnclaimedTaskCannotBeDecided() {
    atScreening();
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), accepted()))).hasMessageContaining("Claim");
  }

  @Test
  void theReviewerSeesTheCandidateButHistoryKeepsNoPersonalData() {
    atScreening();
    Map<String, Object> onTheTask = taskService.getVariablesLocal(task(journey).getId());
    Assertions.assertThat(onTheTask).containsEntry(PersonalDataVariables.CANDIDATE_IIN, application.getIin())
        .containsEntry(PersonalDataVariables.CANDIDATE_FULL_NAME, "Есімов Нұрлан");
    // as people here read a date (day.month.year), not 1979-10-10: the IIN begins with year, month, day
    String iin = application.getIin();
    Assertions.assertThat((String) onTheTask.get(PersonalDataVariables.CANDIDATE_BIRTH_DATE))
        .matches("\\d\\d\\.\\d\\d\\.(19|20)\\d\\d")
        .startsWith(iin.substring(4, 6) + "." + iin.substring(2, 4) + ".")
        .endsWith(iin.substring(0, 2));

    screen(accepted());

    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(journey.getId()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain(PersonalDataVariables.CANDIDATE_IIN, PersonalDataVariables.CANDIDATE_FULL_NAME)
        .contains(CandidateJourney.APPLICATION_NUMBER, CandidateJourney.DOCUMENTS_DECISION);
    Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(journey.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains(application.getIin()));
  }

  private void apply(NewApplication request) {
    BpmnAwareTests.init(engine);
    application = applicationService.submit(request);
    journey = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(application.getApplicationNumber()).singleResult();
  }

  private void atScreening() {
    apply(TestApplications.valid(Region.TURKISTAN));
    run("Task_NotifyApplicationReceived");
    run("Task_CheckEligibility");
  }

  private void awaitingTest() {
    atScreening();
    screen(accepted());
    run("Task_NotifyDocumentsAccepted");
    assertThat(journey).isWaitingAt("Task_AwaitTestResult");
  }

  /** What the import does once a result is recorded: hand it to the journey. */
  private void testResult(int score, boolean passed) {
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_TEST_RESULT)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .setVariable(CandidateJourney.TEST_SCORE, score).setVariable(CandidateJourney.TEST_PASSED, passed)
        .setVariable(CandidateJourney.PASS_MARK, 60).correlate();
  }

  /** What the published ranking does for each candidate. */
  private void ranking(boolean admitted, int position) {
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_RANKING_DECIDED)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .setVariable(CandidateJourney.ADMITTED, admitted).setVariable(CandidateJourney.RANK_POSITION, position)
        .correlate();
  }

  private void screen(Map<String, Object> decision) {
    claim(task(journey), REVIEWER);
    complete(task(journey), decision);
    run("Task_ScreenDocuments");
  }

  private void run(String activityId) {
    execute(job(activityId, journey));
  }

  private Application reloaded() {
    return applications.findById(application.getId()).orElseThrow();
  }

  private List<StageResult> results() {
    return stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId());
  }

  private List<String> subjects() {
    return TestMailServer.mailsTo(application.getEmail()).stream().map(TestMailServer::subject).toList();
  }

  /** The body of the candidate's mail whose subject starts so. */
  private String body(String subjectStart) {
    MimeMessage mail = TestMailServer.mailsTo(application.getEmail()).stream()
        .filter(m -> TestMailServer.subject(m).startsWith(subjectStart)).findFirst().orElseThrow();
    return TestMailServer.body(mail);
  }

  private static Map<String, Object> accepted() {
    Map<String, Object> variables = checklist(true);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    return variables;
  }

  private static Map<String, Object> rejected(String reason) {
    Map<String, Object> variables = checklist(false);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "rejected");
    variables.put(CandidateJourney.REJECTION_REASON, reason);
    return variables;
  }

  private static Map<String, Object> incomplete(String missing) {
    Map<String, Object> variables = checklist(false);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "incomplete");
    variables.put(CandidateJourney.MISSING_DOCUMENTS, missing);
    return variables;
  }

  private static Map<String, Object> checklist(boolean ticked) {
    Map<String, Object> variables = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> variables.put(item, ticked));
    return variables;
  }
}
