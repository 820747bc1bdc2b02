package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** From the application to the ranking: eligibility, document screening, the test and withdrawals on the way. */
@IntegrationTest
final class ScreeningAndTestingJourneyTest extends JourneyStageTest {

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
        CandidateJourney.APPLICATION_ID.name(), CandidateJourney.APPLICATION_NUMBER.name(), CandidateJourney.REGION,
        CandidateJourney.REGION_NAME.name(), CandidateJourney.CANDIDATE_MASKED_IIN, CandidateJourney.COHORT_YEAR.name(),
        CandidateJourney.ELIGIBLE.name(), CandidateJourney.INELIGIBILITY_REASONS.name());
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
        .contains(LocalDate.parse((String) runtimeService.getVariable(journey.getId(),
            CandidateJourney.RESUBMISSION_DEADLINE.name())).format(ProgrammeClock.DAY));

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
        .hasMessageContaining("не ожидает документов");
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
        "portal")).hasMessageContaining("уже выбыл из программы");
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
        () -> taskService.complete(task(journey).getId(), accepted()))).hasMessageContaining("Сначала возьмите задачу себе");
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
        .contains(CandidateJourney.APPLICATION_NUMBER.name(), CandidateJourney.DOCUMENTS_DECISION);
    Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(journey.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains(application.getIin()));
  }
}
