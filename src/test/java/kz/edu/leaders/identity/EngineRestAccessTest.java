package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.NotificationRepository;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What each role can and cannot do through /engine-rest, the API behind Tasklist and Cockpit. */
@IntegrationTest
class EngineRestAccessTest {

  /** How Tasklist and Cockpit name the group document-reviewers-turkistan. */
  private static final String TURKISTAN_REVIEWERS_NAME =
      "Құжаттарды тексерушілер · Түркістан облысы / Проверяющие документы · Туркестанская область";

  @Autowired
  TestJourneys journeys;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ObjectMapper json;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentitySetup identitySetup;
  @Autowired
  DecisionService decisionService;
  @Autowired
  IdentityService identityService;

  private Application turkistanCandidate;
  private Task screening;

  @BeforeEach
  void aTurkistanCandidateWaitsForScreening() {
    turkistanCandidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(turkistanCandidate, "Task_CheckEligibility");
    screening = taskService.createTaskQuery().processInstanceBusinessKey(turkistanCandidate.getApplicationNumber())
        .singleResult();
  }

  @Test
  void aReviewerSeesTheirRegionsTaskButNeverAnotherRegions() throws Exception {
    String byNumber = "/engine-rest/task?processInstanceBusinessKey=" + turkistanCandidate.getApplicationNumber();

    assertThat(get("reviewer.turkistan", byNumber)).hasSize(1);
    assertThat(get("reviewer.almaty", byNumber)).isEmpty();
    assertThat(send("reviewer.almaty", HttpMethod.POST, "/engine-rest/task/" + screening.getId() + "/claim",
        Map.of("userId", "reviewer.almaty")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aReviewerWorksTheTaskThroughTheRestApiAndTheOperationLogNamesThem() throws Exception {
    String task = "/engine-rest/task/" + screening.getId();
    assertThat(send("reviewer.turkistan", HttpMethod.POST, task + "/claim", Map.of("userId", "reviewer.turkistan"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode form = json.readTree(http.withBasicAuth("reviewer.turkistan", "demo")
        .getForEntity(task + "/deployed-form", String.class).getBody());
    assertThat(form.get("id").asText()).isEqualTo("document-screening");

    Map<String, Object> variables = new java.util.HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> variables.put(item, Map.of("value", true)));
    variables.put(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "accepted"));
    assertThat(send("reviewer.turkistan", HttpMethod.POST, task + "/submit-form", Map.of("variables", variables))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().taskId(screening.getId()).list();
    assertThat(log).extracting(UserOperationLogEntry::getOperationType).contains("Claim", "Complete");
    assertThat(log).extracting(UserOperationLogEntry::getUserId).containsOnly("reviewer.turkistan");
  }

  @Test
  void aRefusedDecisionComesBackAs400WithTheReason() throws Exception {
    String task = "/engine-rest/task/" + screening.getId();
    send("reviewer.turkistan", HttpMethod.POST, task + "/claim", Map.of("userId", "reviewer.turkistan"));

    ResponseEntity<String> response = send("reviewer.turkistan", HttpMethod.POST, task + "/submit-form",
        Map.of("variables", Map.of(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "rejected"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Укажите причину отказа");
  }

  /**
   * Through the engine REST API only who reads a task's history reaches it to comment (its workers
   * are answered that there is no such task), through the Java API its workers do: either way, nobody
   * but an administrator leaves a comment or a file on it.
   */
  @Test
  void nobodyLeavesACommentOrAFileOnATaskThatNobodyWouldRead() {
    String task = "/engine-rest/task/" + screening.getId();
    ResponseEntity<String> comment = send("auditor", HttpMethod.POST, task + "/comment/create",
        Map.of("message", "Дипломның көшірмесі поштамен жіберілді"));
    MultiValueMap<String, Object> file = new LinkedMultiValueMap<>();
    file.add("attachment-name", "diploma.txt");
    file.add("content", new ByteArrayResource("Диплом".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "diploma.txt";
      }
    });
    ResponseEntity<String> attachment = http.withBasicAuth("auditor", "demo")
        .postForEntity(task + "/attachment/create", file, String.class);

    for (ResponseEntity<String> refused : List.of(comment, attachment)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("Комментарии и файлы к задачам и процессам не хранятся");
    }
    send("reviewer.turkistan", HttpMethod.POST, task + "/claim", Map.of("userId", "reviewer.turkistan"));
    identityService.setAuthenticatedUserId("reviewer.turkistan");
    try {
      assertThatThrownBy(() -> taskService.createComment(screening.getId(), null, "Диплом поштамен келеді"))
          .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("Тапсырмалар мен үдерістерге "
              + "түсініктемелер мен файлдар сақталмайды");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(taskService.getTaskComments(screening.getId())).isEmpty();
    assertThat(taskService.getTaskAttachments(screening.getId())).isEmpty();
  }

  @Test
  void unboundedQueriesAreRefused() {
    ResponseEntity<String> response = http.withBasicAuth("reviewer.turkistan", "demo")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("unbound number of results");
  }

  @Test
  void listsArePagedUpTo2000AndCountsAreNotLimited() {
    var reviewer = http.withBasicAuth("reviewer.turkistan", "demo");
    assertThat(reviewer.getForEntity("/engine-rest/task?maxResults=2000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> tooMany = reviewer.getForEntity("/engine-rest/task?maxResults=2001", String.class);
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded");
    assertThat(reviewer.getForEntity("/engine-rest/task/count", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void nobodyStartsAJourneyThroughTheEngineNotEvenThePortal() {
    long journeys = runtimeService.createProcessInstanceQuery().processDefinitionKey(CandidateJourney.PROCESS_KEY).count();
    for (String user : List.of("reviewer.turkistan", "portal", "process.owner", "admin")) {
      ResponseEntity<String> start = send(user, HttpMethod.POST,
          "/engine-rest/process-definition/key/" + CandidateJourney.PROCESS_KEY + "/start", Map.of());
      assertThat(start.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(start.getBody()).as(user).contains("POST /api/applications");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CandidateJourney.PROCESS_KEY).count())
        .isEqualTo(journeys);
  }

  @Test
  void aReviewerCannotDecideAnotherRegionsCandidate() {
    Application almatyCandidate = applicationService.submit(TestApplications.valid(Region.ALMATY));
    journeys.runJobs(almatyCandidate, "Task_CheckEligibility");
    String task = "/engine-rest/task/" + screening.getId();
    send("reviewer.turkistan", HttpMethod.POST, task + "/claim", Map.of("userId", "reviewer.turkistan"));

    Map<String, Object> rejectTheOther = new java.util.HashMap<>();
    rejectTheOther.put(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "rejected"));
    rejectTheOther.put(CandidateJourney.REJECTION_REASON, Map.of("value", "Not a pedagogical diploma at all"));
    rejectTheOther.put(CandidateJourney.APPLICATION_ID.name(), Map.of("value", almatyCandidate.getId()));
    ResponseEntity<String> refused = send("reviewer.turkistan", HttpMethod.POST, task + "/complete",
        Map.of("variables", rejectTheOther));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(CandidateJourney.APPLICATION_ID.name());
    assertThat(applicationService.find(almatyCandidate.getApplicationNumber()).getStatus())
        .isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    assertThat(notifications.findByApplicationIdOrderByCreatedAtAsc(almatyCandidate.getId()))
        .extracting(Notification::getTemplate).doesNotContain("documents-rejected");
    assertThat(applicationService.find(turkistanCandidate.getApplicationNumber()).getStatus())
        .isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    assertThat(taskService.createTaskQuery().taskId(screening.getId()).count()).isOne();
  }

  @Test
  void onlyTheCandidatesRegionDecidesWhateverTheEngineLetsThrough() {
    // an administrator passes every engine check, but is no Turkistan reviewer
    String task = "/engine-rest/task/" + screening.getId();
    send("admin", HttpMethod.POST, task + "/claim", Map.of("userId", "admin"));
    Map<String, Object> accepted = new java.util.HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, Map.of("value", true)));
    accepted.put(CandidateJourney.DOCUMENTS_DECISION, Map.of("value", "accepted"));

    ResponseEntity<String> refused = send("admin", HttpMethod.POST, task + "/submit-form", Map.of("variables", accepted));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("(Түркістан облысы)", "(Туркестанская область)");
    assertThat(applicationService.find(turkistanCandidate.getApplicationNumber()).getStatus())
        .isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
  }

  @Test
  void nobodySendsAResultMessageByHand() {
    for (String user : List.of("process.owner", "admin", "test.operator")) {
      ResponseEntity<String> correlated = send(user, HttpMethod.POST, "/engine-rest/message", Map.of(
          "messageName", CandidateJourney.MESSAGE_TEST_RESULT,
          "businessKey", turkistanCandidate.getApplicationNumber(),
          "processVariables", Map.of(CandidateJourney.TEST_SCORE, Map.of("value", 100))));
      assertThat(correlated.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(runtimeService.getVariables(screening.getProcessInstanceId())).doesNotContainKey(CandidateJourney.TEST_SCORE);
    assertThat(taskService.createTaskQuery().taskId(screening.getId()).count()).isOne();
  }

  @Test
  void processOwnersRepairInstancesButWriteNoProcessVariable() {
    String variables = "/engine-rest/process-instance/" + screening.getProcessInstanceId() + "/variables";
    ResponseEntity<String> rerouted = send("process.owner", HttpMethod.PUT, variables + "/" + CandidateJourney.REGION,
        Map.of("value", "almaty", "type", "String"));
    ResponseEntity<String> modified = send("process.owner", HttpMethod.POST, variables,
        Map.of("modifications", Map.of(CandidateJourney.APPLICATION_ID.name(), Map.of("value", 1))));

    assertThat(rerouted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rerouted.getBody()).contains(CandidateJourney.REGION);
    assertThat(modified.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(modified.getBody()).contains(CandidateJourney.APPLICATION_ID.name());
    assertThat(runtimeService.getVariables(screening.getProcessInstanceId()))
        .containsEntry(CandidateJourney.REGION, "turkistan")
        .containsEntry(CandidateJourney.APPLICATION_ID.name(), turkistanCandidate.getId());
  }

  @Test
  void onlyTheTasksOwnReviewersReadTheCandidatesPersonalData() throws Exception {
    String task = "/engine-rest/task/" + screening.getId();
    String lastName = turkistanCandidate.getName().lastName();
    assertThat(body("reviewer.turkistan", task + "/form-variables")).contains(turkistanCandidate.getIin(), lastName);
    // and in a list of variables, as Tasklist's page reads them for its candidate column
    assertThat(body("reviewer.turkistan", "/engine-rest/variable-instance?maxResults=100&processInstanceIdIn="
        + screening.getProcessInstanceId())).contains(lastName);

    for (String user : List.of("process.owner", "auditor")) {
      for (String path : List.of(task + "/form-variables", task + "/variables", task + "/localVariables",
          "/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + screening.getProcessInstanceId(),
          "/engine-rest/variable-instance?maxResults=100&variableName=" + PersonalDataVariables.CANDIDATE_IIN)) {
        assertThat(body(user, path)).as(user + " " + path).doesNotContain(turkistanCandidate.getIin(), lastName);
      }
      assertThat(http.withBasicAuth(user, "demo").getForEntity(task + "/variables/" + PersonalDataVariables.CANDIDATE_IIN,
          String.class).getBody()).as(user).doesNotContain(turkistanCandidate.getIin());
      // nor confirm a guessed IIN by searching for it
      assertThat(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task?maxResults=10&taskVariables="
          + PersonalDataVariables.CANDIDATE_IIN + "_eq_" + turkistanCandidate.getIin(), String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // not even through a Tasklist filter
    JsonNode groupFilter = get("trainer", "/engine-rest/filter?resourceType=Task").get(0);
    assertThat(send("trainer", HttpMethod.POST, "/engine-rest/filter/" + groupFilter.get("id").asText() + "/list",
        Map.of("taskVariables", List.of(Map.of("name", PersonalDataVariables.CANDIDATE_IIN, "operator", "eq",
            "value", turkistanCandidate.getIin())))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyWorkingRoleGetsTheThreeTasklistFilters() throws Exception {
    for (String user : List.of("reviewer.turkistan", "trainer", "hr.turkistan", "commission.chair")) {
      assertThat(get(user, "/engine-rest/filter?resourceType=Task")).extracting(filter -> filter.get("name").asText())
          .containsExactlyInAnyOrder(IdentitySetup.MY_TASKS_FILTER, IdentitySetup.MY_GROUPS_TASKS_FILTER,
              IdentitySetup.OVERDUE_FILTER);
    }
    assertThat(get("portal", "/engine-rest/filter?resourceType=Task")).isEmpty();
  }

  @Test
  void anInstallationsEnglishFiltersAreRenamedNotDuplicated() {
    // as an earlier version left it: English name, no key
    Filter groupFilter = filterService.createTaskFilterQuery().filterName(IdentitySetup.MY_GROUPS_TASKS_FILTER)
        .singleResult();
    Map<String, Object> properties = new HashMap<>(groupFilter.getProperties());
    properties.remove(IdentitySetup.FILTER_KEY);
    filterService.saveFilter(groupFilter.setName("My group's tasks").setProperties(properties));
    long filters = filterService.createTaskFilterQuery().count();

    identitySetup.setUp();

    assertThat(filterService.createTaskFilterQuery().count()).isEqualTo(filters);
    Filter renamed = filterService.getFilter(groupFilter.getId());
    assertThat(renamed.getName()).isEqualTo(IdentitySetup.MY_GROUPS_TASKS_FILTER);
    assertThat(renamed.getProperties()).containsEntry(IdentitySetup.FILTER_KEY, "my-groups-tasks");
    assertThat(filterService.createTaskFilterQuery().filterName("My group's tasks").count()).isZero();
  }

  @Test
  void theGroupFilterListsTheRegionsTasksWithTheCandidateColumns() throws Exception {
    JsonNode groupFilter = get("reviewer.turkistan", "/engine-rest/filter?resourceType=Task").stream()
        .filter(filter -> filter.get("name").asText().equals(IdentitySetup.MY_GROUPS_TASKS_FILTER)).findFirst()
        .orElseThrow();
    assertThat(groupFilter.at("/properties/variables").findValuesAsText("name")).containsExactly(
        CandidateJourney.APPLICATION_NUMBER.name(), CandidateJourney.CANDIDATE_MASKED_IIN, CandidateJourney.REGION_NAME.name());

    String list = "/engine-rest/filter/" + groupFilter.get("id").asText() + "/list";
    assertThat(get("reviewer.turkistan", list)).extracting(task -> task.get("id").asText()).contains(screening.getId());
    assertThat(get("reviewer.almaty", list)).extracting(task -> task.get("id").asText())
        .doesNotContain(screening.getId());
  }

  @Test
  void tasklistShowsTheCandidateColumnsToTheRegionOnlyAndNeverTheirPersonalData() throws Exception {
    String instance = screening.getProcessInstanceId();
    JsonNode variables = json.readTree(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity(
        "/engine-rest/process-instance/" + instance + "/variables", String.class).getBody());
    assertThat(variables.at("/applicationNumber/value").asText()).isEqualTo(turkistanCandidate.getApplicationNumber());
    assertThat(variables.at("/candidateMaskedIin/value").asText()).isEqualTo(turkistanCandidate.getMaskedIin());
    assertThat(variables.at("/regionName/value").asText()).isEqualTo("Түркістан облысы / Туркестанская область");

    assertThat(http.withBasicAuth("reviewer.almaty", "demo").getForEntity(
        "/engine-rest/process-instance/" + instance + "/variables", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("reviewer.almaty", "/engine-rest/variable-instance?processInstanceIdIn=" + instance)).isEmpty();
    assertThat(get("reviewer.almaty", "/engine-rest/variable-instance?variableName=candidateIin"))
        .noneMatch(variable -> variable.get("processInstanceId").asText().equals(instance));
  }

  @Test
  void onlyAuditorsReadHistory() throws Exception {
    String history = "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + turkistanCandidate.getApplicationNumber();
    assertThat(get("auditor", history)).hasSize(1);
    assertThat(get("reviewer.turkistan", history)).isEmpty();
    assertThat(get("process.owner", history)).isEmpty();
  }

  /**
   * Cockpit's human tasks view (open tasks per group) and the decisions of the process owners' rules,
   * but not eligibility's, whose inputs are the candidate's post, organisation and years.
   */
  @Test
  void processOwnersCountTasksPerGroupAndReadTheirRulesDecisionsButNotTheCandidatesEligibility() throws Exception {
    decisionService.evaluateDecisionByKey("pass-marks").variables(Map.of("stage", "TEST")).evaluate();
    String counts = "/engine-rest/task/report/candidate-group-count";
    assertThat(get("process.owner", counts)).extracting(group -> group.get("groupName").asText())
        .contains("document-reviewers-turkistan");
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity(counts, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the view names each group as Tasklist does
    assertThat(get("process.owner", "/engine-rest/group?id=document-reviewers-turkistan"))
        .extracting(group -> group.get("name").asText())
        .containsExactly(TURKISTAN_REVIEWERS_NAME);

    String decisions = "/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true&decisionDefinitionKey=";
    // what the rule was asked and what it answered: the test's pass mark, no retake
    assertThat(get("process.owner", decisions + "pass-marks")).isNotEmpty().allSatisfy(decision -> {
      assertThat(decision.at("/inputs/0/value").asText()).isEqualTo("TEST");
      assertThat(decision.get("outputs")).extracting(output -> output.get("variableName").asText() + "=" + output.get("value"))
          .containsExactlyInAnyOrder("passMark=60", "retakes=0");
    });
    assertThat(get("process.owner", decisions + "eligibility")).isEmpty();
    assertThat(get("auditor", decisions + "eligibility")).isNotEmpty();
  }

  /** Tasklist shows a task's groups by their names: the reviewer reads their own group's, in both languages. */
  @Test
  void aReviewerReadsTheirGroupsBilingualName() throws Exception {
    assertThat(get("reviewer.turkistan", "/engine-rest/group?id=document-reviewers-turkistan"))
        .extracting(group -> group.get("name").asText())
        .containsExactly(TURKISTAN_REVIEWERS_NAME);
  }

  private String body(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody();
  }

  /** Pages like Tasklist does: the engine refuses unbounded queries (queryMaxResultsLimit). */
  private List<JsonNode> get(String user, String path) throws Exception {
    String paged = path.contains("maxResults") ? path : path + (path.contains("?") ? "&" : "?") + "maxResults=100";
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(paged, String.class);
    assertThat(response.getStatusCode()).as(user + " GET " + path).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(json.readTree(response.getBody()).spliterator(), false).toList();
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
