package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every user task of every model, worked through the engine REST API as its own worker: a completion,
 * a form submission or a variable update may write only the task's form fields. Ids, routing and
 * anything else are refused with 400 naming the variable, and nothing changes.
 */
@IntegrationTest
class TaskWorkGuardTest {

  private static final List<String> MODELS = List.of("candidate-journey", "cohort-selection", "training", "internship",
      "final-assessment", "final-interview", "vacancy-appointment", "appeal");

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ObjectMapper objectMapper;

  private Application candidate;
  private Application someoneElse;

  @BeforeEach
  void twoCandidates() {
    candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    someoneElse = applicationService.submit(TestApplications.valid(Region.ALMATY));
  }

  static Stream<Arguments> everyUserTask() {
    return MODELS.stream().map(Arguments::of);
  }

  @Test
  void everyModelsUserTasksAreCovered() {
    List<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(definition -> !userTasksOf(definition).isEmpty()).map(ProcessDefinition::getKey).toList();
    assertThat(MODELS).containsExactlyInAnyOrderElementsOf(keys);
  }

  @ParameterizedTest
  @MethodSource("everyUserTask")
  void aWorkerWritesOnlyTheirFormsFields(String processKey) throws Exception {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    for (UserTask userTask : userTasksOf(definition)) {
      Task task = openAt(processKey, userTask.getId());
      String worker = workerOf(task);
      String path = "/engine-rest/task/" + task.getId();
      if (task.getAssignee() == null) {
        assertThat(send(worker, HttpMethod.POST, path + "/claim", Map.of("userId", worker)).getStatusCode())
            .as(userTask.getId() + " claimed by " + worker).isEqualTo(HttpStatus.NO_CONTENT);
      }

      ResponseEntity<String> anotherCandidate = send(worker, HttpMethod.POST, path + "/complete",
          Map.of("variables", Map.of(CandidateJourney.APPLICATION_ID.name(), Map.of("value", someoneElse.getId()))));
      ResponseEntity<String> undeclared = send(worker, HttpMethod.POST, path + "/submit-form",
          Map.of("variables", Map.of("notOnTheForm", Map.of("value", "x"))));
      ResponseEntity<String> rerouted = send(worker, HttpMethod.PUT, path + "/variables/" + CandidateJourney.REGION,
          Map.of("value", "almaty", "type", "String"));

      assertThat(anotherCandidate.getStatusCode()).as(userTask.getId()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(anotherCandidate.getBody()).as(userTask.getId()).contains(CandidateJourney.APPLICATION_ID.name());
      assertThat(undeclared.getStatusCode()).as(userTask.getId()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(undeclared.getBody()).as(userTask.getId()).contains("notOnTheForm");
      assertThat(rerouted.getStatusCode()).as(userTask.getId()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(rerouted.getBody()).as(userTask.getId()).contains(CandidateJourney.REGION);

      // and the form's own fields pass the guard (the task's listeners may still refuse their content)
      Map<String, Object> everyField = new HashMap<>();
      formFieldsOf(worker, path).forEach(field -> everyField.put(field, Map.of("value", "")));
      assertThat(send(worker, HttpMethod.POST, path + "/submit-form", Map.of("variables", everyField)).getBody())
          .as(userTask.getId()).doesNotContain("нет в форме этой задачи");

      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as(userTask.getId()).isOne();
      Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
      assertThat(variables).as(userTask.getId())
          .containsEntry(CandidateJourney.APPLICATION_ID.name(), candidate.getId())
          .containsEntry(CandidateJourney.REGION, "turkistan")
          .doesNotContainKey("notOnTheForm");
      runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test done");
    }
  }

  @Test
  void aProcessOwnerNeitherClaimsNorCompletesAReviewersTask() {
    Task task = openAt("candidate-journey", "Task_ScreenDocuments");
    String path = "/engine-rest/task/" + task.getId();

    ResponseEntity<String> claimed = send("process.owner", HttpMethod.POST, path + "/claim",
        Map.of("userId", "process.owner"));
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claimed.getBody()).contains("Бұл тапсырманы оның тобының қызметкерлері орындайды")
        .doesNotContain("document-reviewers-turkistan");
    assertThat(send("process.owner", HttpMethod.POST, path + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // reassigning is a repair they may make, but only to one of the task's candidates
    assertThat(send("process.owner", HttpMethod.POST, path + "/assignee", Map.of("userId", "process.owner"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("process.owner", HttpMethod.POST, path + "/identity-links",
        Map.of("userId", "process.owner", "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("process.owner", HttpMethod.POST, path + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("process.owner", HttpMethod.POST, path + "/assignee", Map.of("userId", "reviewer.turkistan"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("reviewer.turkistan");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain("process.owner");
  }

  @Test
  void nobodySignalsAWaitingJourneyOnByHand() {
    Task task = openAt("candidate-journey", "Task_ScreenDocuments");
    String execution = runtimeService.createExecutionQuery().processInstanceId(task.getProcessInstanceId())
        .activityId("Task_ScreenDocuments").singleResult().getId();
    for (String person : List.of("process.owner", "admin")) {
      assertThat(http.withBasicAuth(person, "admin".equals(person) ? "admin" : "demo").exchange(
          "/engine-rest/execution/" + execution + "/signal", HttpMethod.POST, new HttpEntity<>(
              Map.of("variables", Map.of(CandidateJourney.TEST_SCORE, Map.of("value", 100))), json()), String.class)
          .getStatusCode()).as(person).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).doesNotContainKey(CandidateJourney.TEST_SCORE);
  }

  @Test
  void aCohortIsStartedWithItsFormsFieldsOnly() {
    String start = "/engine-rest/process-definition/key/cohort-selection/submit-form";
    ResponseEntity<String> refused = send("process.owner", HttpMethod.POST, start,
        Map.of("variables", Map.of("registeredByApi", Map.of("value", true), "cohortYear", Map.of("value", 2031))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("registeredByApi");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("cohort-2031").count()).isZero();
  }

  @Test
  void aWorkerTakesAndGivesBackATaskButHandsItToNoOne() {
    Task task = openAt("candidate-journey", "Task_ScreenDocuments");
    String path = "/engine-rest/task/" + task.getId();

    ResponseEntity<String> forSomeoneElse = send("reviewer.turkistan", HttpMethod.POST, path + "/claim",
        Map.of("userId", "reviewer.almaty"));
    assertThat(forSomeoneElse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forSomeoneElse.getBody()).contains("Задачу берёт в работу тот, кто будет её выполнять")
        .doesNotContain("reviewer.turkistan");
    assertThat(send("reviewer.turkistan", HttpMethod.POST, path + "/claim", Map.of("userId", "reviewer.turkistan"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(send("reviewer.turkistan", HttpMethod.POST, path + "/assignee", Map.of("userId", "reviewer.almaty"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("reviewer.turkistan", HttpMethod.POST, path + "/identity-links",
        Map.of("groupId", "document-reviewers-almaty", "type", "candidate")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("reviewer.turkistan", HttpMethod.POST, path + "/unclaim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aSecondClickOnATaskAlreadyClaimedOrCompletedIsAConflict() {
    Task task = openAt("candidate-journey", "Task_ScreenDocuments");
    String path = "/engine-rest/task/" + task.getId();
    send("reviewer.turkistan", HttpMethod.POST, path + "/claim", Map.of("userId", "reviewer.turkistan"));
    identityService.createMembership("reviewer.almaty", "document-reviewers-turkistan");
    try {
      assertThat(send("reviewer.almaty", HttpMethod.POST, path + "/claim", Map.of("userId", "reviewer.almaty"))
          .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    } finally {
      identityService.deleteMembership("reviewer.almaty", "document-reviewers-turkistan");
    }

    Map<String, Object> accepted = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, Map.of("value", true)));
    accepted.put(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "accepted"));
    assertThat(send("reviewer.turkistan", HttpMethod.POST, path + "/submit-form", Map.of("variables", accepted))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> again = send("reviewer.turkistan", HttpMethod.POST, path + "/submit-form",
        Map.of("variables", accepted));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("Задача уже выполнена");
  }

  /** A process instance waiting at the user task, as its own process would have created it. */
  private Task openAt(String processKey, String userTaskId) {
    Map<String, Object> variables = new HashMap<>(candidate.journeyVariables());
    variables.put("level", "BASIC");
    variables.put("commissionMember", "commission.member");
    variables.put("interviewAt", Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    variables.put("answerDueAt", Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
    variables.put("internshipEndsOn", "2099-01-01");
    if ("appeal".equals(processKey)) {
      variables.put("appealId", anAppealOf(candidate));
      variables.put("appealStage", "DOCUMENT_SCREENING");
      variables.put("appealStageKk", "Құжаттарды тексеру");
      variables.put("appealStageRu", "Проверка документов");
    }
    String instanceId = runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(candidate.getApplicationNumber() + "-" + userTaskId)
        .startBeforeActivity(userTaskId).setVariables(variables).execute(true, true).getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(userTaskId).singleResult();
  }

  /** An appeal of a screening decision, as the portal's request records it (the appeal task needs one). */
  private long anAppealOf(Application applicant) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into stage_result (application_id, stage, outcome, reason, decided_by, decided_at)"
        + " values (?, 'DOCUMENT_SCREENING', 'REJECTED', 'guard test', 'reviewer.turkistan', ?)", applicant.getId(), now);
    long result = jdbc.queryForObject("select max(id) from stage_result where application_id = ?", Long.class,
        applicant.getId());
    jdbc.update("insert into appeal (application_id, stage_result_id, stage, reason, deciders, state, lodged_at)"
        + " values (?, ?, 'DOCUMENT_SCREENING', 'guard test', 'reviewer.turkistan', 'LODGED', ?)", applicant.getId(),
        result, now);
    return jdbc.queryForObject("select id from appeal where stage_result_id = ?", Long.class, result);
  }

  /** The task's candidate user, or a member of its candidate group. */
  private String workerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    return candidates.stream().filter(link -> link.getUserId() != null).map(IdentityLink::getUserId).findFirst()
        .orElseGet(() -> identityService.createUserQuery().memberOfGroup(candidates.get(0).getGroupId())
            .listPage(0, 1).get(0).getId());
  }

  /**
   * The keys of the task's deployed Camunda Form, read as Tasklist reads it: the components' keys
   * (a table's column keys name the cells it shows, not fields).
   */
  private List<String> formFieldsOf(String worker, String taskPath) throws Exception {
    JsonNode form = objectMapper.readTree(http.withBasicAuth(worker, "demo")
        .getForEntity(taskPath + "/deployed-form", String.class).getBody());
    List<String> keys = new java.util.ArrayList<>();
    collectKeys(form.path("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  private List<UserTask> userTasksOf(ProcessDefinition definition) {
    return List.copyOf(repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class));
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, json()), String.class);
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
