package kz.edu.leaders.screening;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jakarta.mail.internet.MimeMessage;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Region;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.PersonalDataVariables;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of candidate-journey, run by the real engine with the real listeners and tables. */
@IntegrationTest
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

  private Application application;
  private ProcessInstance journey;

  @BeforeEach
  void submitApplication() {
    BpmnAwareTests.init(engine);
    application = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    journey = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(application.getApplicationNumber()).singleResult();
  }

  @Test
  void aNewApplicationWaitsForTheRegionsDocumentReviewersAndTheCandidateHearsOfIt() throws Exception {
    assertThat(journey).isStarted().hasPassed("StartEvent_ApplicationReceived")
        .isWaitingAt("Task_ScreenDocuments", "Task_NotifyApplicationReceived");
    execute(job("Task_NotifyApplicationReceived", journey));
    assertThat(journey).hasPassed("EndEvent_ReceiptSent").isWaitingAt("Task_ScreenDocuments");
    Assertions.assertThat(TestMailServer.mailsTo(application.getEmail())).singleElement()
        .satisfies(mail -> Assertions.assertThat(mail.getSubject())
            .isEqualTo("Өтініміңіз қабылданды — " + application.getApplicationNumber()));

    assertThat(task(journey)).hasCandidateGroup("document-reviewers-turkistan");
    Task withForm = taskService.createTaskQuery().taskId(task(journey).getId()).initializeFormKeys().singleResult();
    Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("document-screening");
    Assertions.assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    Duration dueIn = Duration.between(Instant.now(), task(journey).getDueDate().toInstant());
    Assertions.assertThat(dueIn).isBetween(Duration.ofDays(9), Duration.ofDays(10));
    Assertions.assertThat(runtimeService.getVariables(journey.getId())).containsOnlyKeys(
        CandidateJourney.APPLICATION_ID, CandidateJourney.APPLICATION_NUMBER, CandidateJourney.REGION,
        CandidateJourney.REGION_NAME, CandidateJourney.CANDIDATE_MASKED_IIN);
  }

  @Test
  void acceptedDocumentsEndTheScreeningAsAccepted() throws Exception {
    claim(task(journey), REVIEWER);
    complete(task(journey), accepted());
    execute(job("Task_ScreenDocuments", journey));
    execute(job("Task_NotifyDocumentsAccepted", journey));
    execute(job("Task_NotifyApplicationReceived", journey));

    assertThat(journey).isEnded().hasPassedInOrder("StartEvent_ApplicationReceived", "Task_ScreenDocuments",
        "Gateway_DocumentsAccepted", "Task_NotifyDocumentsAccepted", "EndEvent_DocumentsAccepted");
    Assertions.assertThat(TestMailServer.mailsTo(application.getEmail())).extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder("Өтініміңіз қабылданды — " + application.getApplicationNumber(),
            "Құжаттарыңыз тексеруден өтті — " + application.getApplicationNumber());
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);
    Assertions.assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId()))
        .singleElement().satisfies(result -> {
          Assertions.assertThat(result.getStage()).isEqualTo("DOCUMENT_SCREENING");
          Assertions.assertThat(result.getOutcome()).isEqualTo("ACCEPTED");
          Assertions.assertThat(result.getDecidedBy()).isEqualTo(REVIEWER);
          Assertions.assertThat(result.getReason()).isNull();
        });
  }

  @Test
  void rejectedDocumentsEndTheScreeningWithTheReason() throws Exception {
    claim(task(journey), REVIEWER);
    complete(task(journey), rejected("Diploma is not a pedagogical one"));
    execute(job("Task_ScreenDocuments", journey));
    execute(job("Task_NotifyDocumentsRejected", journey));
    execute(job("Task_NotifyApplicationReceived", journey));

    assertThat(journey).isEnded().hasPassed("Task_NotifyDocumentsRejected", "EndEvent_DocumentsRejected")
        .hasNotPassed("EndEvent_DocumentsAccepted");
    MimeMessage rejection = TestMailServer.mailsTo(application.getEmail()).stream()
        .filter(mail -> TestMailServer.subject(mail).startsWith("Құжаттарды тексеру нәтижесі")).findFirst().orElseThrow();
    Assertions.assertThat(TestMailServer.body(rejection)).contains("Себебі: Diploma is not a pedagogical one");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_REJECTED);
    Assertions.assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId()))
        .extracting(StageResult::getOutcome, StageResult::getReason, StageResult::getDecidedBy)
        .containsExactly(Assertions.tuple("REJECTED", "Diploma is not a pedagogical one", REVIEWER));
  }

  @Test
  void acceptingWithAnUntickedChecklistItemIsRefusedAndChangesNothing() {
    claim(task(journey), REVIEWER);
    Map<String, Object> decision = checklist(true);
    decision.put("checkDiploma", false);
    decision.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");

    FormFieldValidationException refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), decision));

    Assertions.assertThat(refused.<String>getDetail()).isEqualTo("checkDiploma");
    Assertions.assertThat(refused).hasMessageContaining("1 of 5 not ticked");
    assertRefusalLeftNoTrace();
  }

  @Test
  void rejectingWithoutAReasonIsRefused() {
    claim(task(journey), REVIEWER);
    FormFieldValidationException refused = assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), rejected("  no  ")));

    Assertions.assertThat(refused.<String>getDetail()).isEqualTo(CandidateJourney.REJECTION_REASON);
    Assertions.assertThat(refused).hasMessageContaining("Укажите причину отказа");
    assertRefusalLeftNoTrace();
  }

  @Test
  void aDecisionNeedsAClaimedTaskAndAKnownOutcome() {
    Map<String, Object> unclaimed = checklist(true);
    unclaimed.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), unclaimed))).hasMessageContaining("Claim");

    claim(task(journey), REVIEWER);
    Map<String, Object> unknown = checklist(true);
    unknown.put(CandidateJourney.DOCUMENTS_DECISION, "maybe");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(task(journey).getId(), unknown))).hasMessageContaining("Выберите решение");
    assertRefusalLeftNoTrace();
  }

  @Test
  void theReviewerSeesTheCandidateButHistoryKeepsNoPersonalData() {
    Task screening = task(journey);
    Map<String, Object> onTheTask = taskService.getVariablesLocal(screening.getId());
    Assertions.assertThat(onTheTask).containsEntry(PersonalDataVariables.CANDIDATE_IIN, application.getIin())
        .containsEntry(PersonalDataVariables.CANDIDATE_FULL_NAME, "Есімов Нұрлан");

    claim(screening, REVIEWER);
    complete(screening, accepted());
    execute(job("Task_ScreenDocuments", journey));

    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(journey.getId()).list())
        .extracting(variable -> variable.getName())
        .doesNotContain(PersonalDataVariables.CANDIDATE_IIN, PersonalDataVariables.CANDIDATE_FULL_NAME)
        .contains(CandidateJourney.APPLICATION_NUMBER, CandidateJourney.DOCUMENTS_DECISION);
    Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(journey.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains(application.getIin()));
  }

  private void assertRefusalLeftNoTrace() {
    assertThat(journey).isWaitingAt("Task_ScreenDocuments");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    Assertions.assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId())).isEmpty();
  }

  private Application reloaded() {
    return applications.findById(application.getId()).orElseThrow();
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

  private static Map<String, Object> checklist(boolean ticked) {
    Map<String, Object> variables = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> variables.put(item, ticked));
    return variables;
  }
}
