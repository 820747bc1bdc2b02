package kz.edu.leaders.assessment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WalkedElements;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The final assessment on its own, started as the journey starts it (the application id only):
 * blind reviews, the four-eyes rule enforced by the engine, arbitration, the external review.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalAssessmentProcessTest {

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
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TestFinalStages stages;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TestRestTemplate http;

  private Date classStarted;
  private Application candidate;
  private ProcessInstance assessment;

  @BeforeAll
  void startCountingAndAddExperts() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
    expert("expert.four", "Өзге ұйым / Другая организация");
    // works where the test candidates work (TestApplications): may never review them
    expert("expert.colleague", " кентау,  №5 мектеп-лицей ");
  }

  @AfterAll
  void everyElementWasWalked() {
    WalkedElements.assertEveryElementWalked(repositoryService, historyService, FinalAssessment.PROCESS_KEY,
        classStarted);
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @BeforeEach
  void candidateAtTheFinalAssessment() {
    candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    assessment = runtimeService.startProcessInstanceByKey(FinalAssessment.PROCESS_KEY,
        Map.of(CandidateJourney.APPLICATION_ID.name(), candidate.getId()));
  }

  @Test
  void twoCloseBlindReviewsAndAConfirmationPassTheCandidate() {
    String path = "/api/applications/" + candidate.getApplicationNumber() + "/final-report";
    var tooShort = http.withBasicAuth("portal", "demo").postForEntity(path, Map.of("report", "Short."), String.class);
    Assertions.assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(tooShort.getBody()).contains("\"field\":\"report\"");
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(path,
        Map.of("report", TestFinalStages.REFLECTIVE_REPORT), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(path,
        Map.of("report", TestFinalStages.REFLECTIVE_REPORT), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    List<Task> reviews = taskService.createTaskQuery().processInstanceId(assessment.getId()).list();
    Assertions.assertThat(reviews).hasSize(2).allSatisfy(task -> {
      Assertions.assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
          .containsExactly("expert-reviewers");
      Map<String, Object> visible = taskService.getVariables(task.getId());
      Assertions.assertThat(visible.keySet()).as("the reviewer sees the report and nothing else about the candidate")
          .containsExactlyInAnyOrder(CandidateJourney.APPLICATION_ID.name(), "candidateReport", "finalAssessmentPassed");
      Assertions.assertThat(visible.toString()).doesNotContain(candidate.getIin(), candidate.getName().lastName(),
          candidate.getApplicationNumber(), candidate.getOrganisationName(), "Turkistan", "Түркістан");
    });
    Assertions.assertThat(assessment.getBusinessKey()).isNull();

    stages.review(assessment, "Task_FirstExpertReview", "expert.one", 70);
    Task second = taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult();
    Assertions.assertThat(taskService.getVariables(second.getId())).as("the second expert cannot see the first score")
        .doesNotContainKeys(FinalAssessment.REVIEW_SCORE, FinalAssessment.REVIEW_COMMENT);
    stages.review(assessment, "Task_SecondExpertReview", "expert.two", 81);
    journeys.runJobsOf(assessment.getId(), "Task_CompareReviews");
    assertThat(assessment).isWaitingAt("Task_ExternalReview").hasNotPassed("Task_ArbitrateReview");
    // Cockpit: the review-gap evaluation under this final assessment, with the gap it saw and what it said
    HistoricDecisionInstance gap = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(assessment.getId()).decisionDefinitionKey("review-gap").includeInputs().includeOutputs()
        .singleResult();
    Assertions.assertThat(gap.getActivityId()).isEqualTo("Task_CompareReviews");
    Assertions.assertThat(gap.getInputs()).extracting(HistoricDecisionInputInstance::getValue).containsExactly(11);
    Assertions.assertThat(gap.getOutputs()).extracting(HistoricDecisionOutputInstance::getValue).containsExactly(false);
    stages.externalConfirms(assessment);

    assertThat(assessment).isEnded().hasPassed("EndEvent_FinalAssessmentPassed");
    Assertions.assertThat(applications.findById(candidate.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.FINAL_ASSESSMENT_PASSED);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getScore,
            StageResult::getRuleId)
        .containsSubsequence(Assertions.tuple(Stage.FINAL_ASSESSMENT, Outcome.AGREED, 76, "review-gap"),
            Assertions.tuple(Stage.EXTERNAL_REVIEW, Outcome.CONFIRMED, null, null),
            Assertions.tuple(Stage.FINAL_ASSESSMENT, Outcome.PASSED, 76, "pass-marks"));
  }

  @Test
  void theEngineRefusesTheSameExpertTwiceAndAnExpertFromTheCandidatesOrganisation() {
    stages.submitReport(candidate);
    List<Task> reviews = taskService.createTaskQuery().processInstanceId(assessment.getId()).list();
    taskService.claim(reviews.get(0).getId(), "expert.one");
    Assertions.assertThat(assertThrows(BadUserRequestException.class,
        () -> taskService.claim(reviews.get(1).getId(), "expert.one"))).hasMessageContaining("уже взял(а) другую оценку этого отчёта");
    Assertions.assertThat(taskService.createTaskQuery().taskId(reviews.get(1).getId()).singleResult().getAssignee())
        .as("the refused claim left nothing behind").isNull();

    // through the REST API Tasklist uses, as the expert: refused by the engine, not by a form
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    var viaRest = http.withBasicAuth("expert.colleague", "demo").postForEntity(
        "/engine-rest/task/" + reviews.get(1).getId() + "/claim",
        new HttpEntity<>("{\"userId\": \"expert.colleague\"}", json), String.class);
    Assertions.assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(viaRest.getBody()).contains("работает в организации кандидата (конфликт интересов)");
    Assertions.assertThat(taskService.createTaskQuery().taskId(reviews.get(1).getId()).singleResult().getAssignee())
        .isNull();

    taskService.complete(reviews.get(0).getId(), Map.of("reviewScore", 64));
    Assertions.assertThat(assertThrows(BadUserRequestException.class,
        () -> taskService.setAssignee(reviews.get(1).getId(), "expert.one"))).hasMessageContaining("уже оценил(а) этот отчёт");
    Assertions.assertThat(results()).isEmpty();
  }

  @Test
  void farApartScoresGoToArbitrationAndAFlaggedResultToAnotherOneBelowThePassMarkTheCandidateLeaves() {
    stages.submitReport(candidate);
    stages.expertReviews(assessment, 40, 90);
    assertThat(assessment).isWaitingAt("Task_ArbitrateReview");
    Task arbitration = taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult();
    Assertions.assertThatThrownBy(() -> taskService.claim(arbitration.getId(), "expert.two"))
        .hasMessageContaining("уже оценил(а) этот отчёт");
    stages.review(assessment, "Task_ArbitrateReview", "expert.three", 65);

    Task external = taskService.createTaskQuery().processInstanceId(assessment.getId()).singleResult();
    Assertions.assertThat(taskService.getVariable(external.getId(), FinalAssessment.FINAL_SCORE)).isEqualTo(65);
    taskService.claim(external.getId(), "external.reviewer");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(external.getId(), Map.of("externalDecision", "flagged"))))
        .hasMessageContaining("Напишите, что не так с результатом (10–1900 символов)");
    taskService.setAssignee(external.getId(), null);
    stages.external(assessment, "flagged", "The arbitration ignored criterion 3 entirely");
    assertThat(assessment).isWaitingAt("Task_ArbitrateReview");
    stages.review(assessment, "Task_ArbitrateReview", "expert.four", 55);
    stages.externalConfirms(assessment);
    journeys.runJobsOf(assessment.getId(), "Task_RecordFinalFailure", "Task_NotifyWithdrawn");

    assertThat(assessment).isEnded().hasPassed("EndEvent_FinalAssessmentFailed");
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getScore)
        .containsSubsequence(Assertions.tuple(Stage.FINAL_ASSESSMENT, Outcome.ARBITRATION, 65),
            Assertions.tuple(Stage.EXTERNAL_REVIEW, Outcome.FLAGGED, null), Assertions.tuple(Stage.EXTERNAL_REVIEW, Outcome.CONFIRMED, null),
            Assertions.tuple(Stage.FINAL_ASSESSMENT, Outcome.FAILED, 55), Assertions.tuple(Stage.WITHDRAWAL, Outcome.FINAL_ASSESSMENT_FAILED, null));
    Assertions.assertThat(TestMailServer.mailsTo(candidate.getEmail()).stream().map(TestMailServer::body))
        .anyMatch(body -> body.contains("қорытынды бағалаудың шекті балға жетпеді"));
  }

  @Test
  void aCandidateWithoutAReflectiveReportByTheDeadlineIsWithdrawn() {
    journeys.fireTimer(assessment, "Event_FinalReportOverdue");
    journeys.runJobsOf(assessment.getId(), "Task_RecordNoFinalReport", "Task_NotifyWithdrawnNoReport");

    assertThat(assessment).isEnded().hasPassed("EndEvent_NoFinalReport").hasNotPassed("Gateway_TwoReviews");
    Assertions.assertThat(applications.findById(candidate.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome)
        .containsExactly(Assertions.tuple(Stage.WITHDRAWAL, Outcome.FINAL_REPORT_MISSING));
    Assertions.assertThatThrownBy(() -> stages.submitReport(candidate)).hasMessageContaining("не на этапе итогового оценивания");
  }

  private List<StageResult> results() {
    return stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId());
  }

  private void expert(String id, String organisation) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setEmail(id + "@leaders.example.kz");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, Role.EXPERT_REVIEWERS.groupId());
    }
    // where the expert works, as an administrator records it in the staff registry
    var set = http.withBasicAuth("admin", "admin").exchange("/api/staff/" + id, HttpMethod.PUT,
        new HttpEntity<>(Map.of("organisation", organisation)), String.class);
    Assertions.assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
