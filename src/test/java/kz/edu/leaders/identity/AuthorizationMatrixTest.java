package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.document.CandidateDocuments;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role (and nobody) against every application API endpoint and the engine REST resources
 * that hold candidate data, for one Turkistan candidate waiting at document screening. Each row
 * gives the status every person must get (in the order of {@link #PEOPLE}); a read must never carry
 * the candidate's IIN, name, e-mail or phone to anyone but administrators and the candidate's own
 * regional reviewer. Write requests carry empty or unknown ids and bodies, so a person who may make
 * them is refused on the content (400, 404, 409), one who may not on the role (403), and nothing
 * changes. A new endpoint without a row fails the test.
 */
@IntegrationTest
class AuthorizationMatrixTest {

  /** The columns of every row. */
  private static final List<String> PEOPLE = List.of("anonymous", "portal", "reviewer.turkistan", "reviewer.almaty",
      "test.operator", "coordinator", "trainer", "mentor", "host.school", "expert.one", "external.reviewer",
      "commission.member", "commission.chair", "hr.turkistan", "process.owner", "auditor", "admin");
  /** Who may read the candidate's personal data. */
  private static final Set<String> PERSONAL_DATA_READERS = Set.of("reviewer.turkistan", "admin");
  /** What the portal fetches for the candidate to keep: everything held about them, their data included. */
  private static final Set<String> CANDIDATE_EXPORTS = Set.of("/api/applications/{number}/personal-data",
      "/api/applications/{number}/personal-data.pdf");
  private static final String UNKNOWN = "2026-TUR-99999";
  /** A deployment no one may make: process owners are refused by the deployment guard, the others by their role. */
  private static final byte[] SCRIPT_TASK_MODEL = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"matrix\" "
      + "targetNamespace=\"http://leaders.edu.kz/matrix\"><bpmn:process id=\"matrix\" isExecutable=\"true\">"
      + "<bpmn:startEvent id=\"start\"/><bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\">"
      + "<bpmn:script>1</bpmn:script></bpmn:scriptTask></bpmn:process></bpmn:definitions>")
      .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TaskService taskService;
  @Autowired
  CandidateDocuments documents;
  @Autowired
  ObjectMapper json;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private record Row(HttpMethod method, String pattern, String path, Object body, String expected) {
  }

  private static final List<Row> API = List.of(
      //                                                                        anon port revT revA test coor trai ment host expe exte comm chai hr   po   aud  adm
      row("POST", "/api/applications", "/api/applications", "{}",               "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/applications/{applicationNumber}", "/api/applications/%N", null,
                                                                                 "401 200  200  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("POST", "/api/applications/{applicationNumber}/documents", "/api/applications/%N/documents", "{}",
                                                                                 "401 409  403  403  403  403  403  403  403  403  403  403  403  403  403  403  409"),
      // not multipart: refused on the content (400 naming file) for those who may upload
      row("POST", "/api/applications/{applicationNumber}/documents/{kind}", "/api/applications/%N/documents/diploma", "{}",
                                                                                 "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      // the screening task's workers (the region's reviewers) and administrators, no one else
      row("GET", "/api/screening-tasks/{taskId}/documents/{documentId}", "/api/screening-tasks/%T/documents/%D", null,
                                                                                 "401 403  200  403  403  403  403  403  403  403  403  403  403  403  403  403  200"),
      row("POST", "/api/applications/{applicationNumber}/withdrawal", "/api/applications/" + UNKNOWN + "/withdrawal", "{}",
                                                                                 "401 404  403  403  403  404  403  403  403  403  403  403  403  403  403  403  404"),
      // the candidate's own export: the portal fetches it for them
      row("GET", "/api/applications/{number}/personal-data", "/api/applications/%N/personal-data", null,
          "401 200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200"),
      row("GET", "/api/applications/{number}/personal-data.pdf", "/api/applications/%N/personal-data.pdf", null,
          "401 200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200"),
      // the candidate's appeals: the portal lodges and follows them (no reason: refused on the content)
      row("POST", "/api/applications/{number}/appeals", "/api/applications/%N/appeals", "{}",
          "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/applications/{number}/appeals", "/api/applications/%N/appeals", null,
          "401 200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  200"),
      // an unknown field: refused on the content for administrators, nothing changes
      row("POST", "/api/applications/{number}/corrections", "/api/applications/%N/corrections", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/applications/{applicationNumber}/notifications", "/api/applications/%N/notifications", null,
                                                                                 "401 200  200  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/applications/{number}/mentor-meetings", "/api/applications/%N/mentor-meetings", null,
          "401 403  403  403  403  409  403  409  403  403  403  403  403  403  403  409  409"),
      row("POST", "/api/applications/{number}/mentor-meetings", "/api/applications/%N/mentor-meetings", "{}",
          "401 403  403  403  403  409  403  409  403  403  403  403  403  403  403  403  409"),
      row("POST", "/api/applications/{number}/final-report", "/api/applications/%N/final-report", "{}",
          "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("POST", "/api/applications/{number}/internship-report", "/api/applications/%N/internship-report", "{}",
          "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/applications/{number}/certificate", "/api/applications/%N/certificate", null,
          "401 409  403  403  403  403  403  403  403  403  403  403  403  403  403  409  409"),
      row("POST", "/api/applications/{number}/offer-answer", "/api/applications/%N/offer-answer", "{}",
          "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("POST", "/api/applications/{number}/relocation", "/api/applications/%N/relocation", "{}",
          "401 400  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/mentors", "/api/mentors", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("POST", "/api/mentors", "/api/mentors", "{}",
          "401 403  403  403  403  400  403  403  403  403  403  403  403  403  400  403  400"),
      row("PUT", "/api/mentors/{id}/user", "/api/mentors/999999/user", "{}",
          "401 403  403  403  403  400  403  403  403  403  403  403  403  403  400  403  400"),
      row("GET", "/api/host-schools", "/api/host-schools", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("POST", "/api/host-schools", "/api/host-schools", "{}",
          "401 403  403  403  403  400  403  403  403  403  403  403  403  403  400  403  400"),
      row("PUT", "/api/host-schools/{id}/user", "/api/host-schools/999999/user", "{}",
          "401 403  403  403  403  400  403  403  403  403  403  403  403  403  400  403  400"),
      row("POST", "/api/host-schools/{id}/periods", "/api/host-schools/999999/periods", "{}",
          "401 403  403  403  403  400  403  403  403  403  403  403  403  403  400  403  400"),
      row("GET", "/api/staff", "/api/staff", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/staff/{userId}", "/api/staff/expert.one", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("PUT", "/api/staff/{userId}", "/api/staff/expert.one", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/cohorts", "/api/cohorts", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("POST", "/api/cohorts", "/api/cohorts", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  400  403  400"),
      row("GET", "/api/cohorts/{year}", "/api/cohorts/%Y", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("PUT", "/api/cohorts/{year}", "/api/cohorts/%Y", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  400  403  400"),
      row("POST", "/api/cohorts/{year}/test-results", "/api/cohorts/%Y/test-results", "[]",
          "401 403  403  403  400  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "/api/test-imports/{id}", "/api/test-imports/999999", null,
          "401 403  403  403  404  403  403  403  403  403  403  403  403  403  404  403  404"),
      row("GET", "/api/reports/funnel", "/api/reports/funnel?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/funnel.csv", "/api/reports/funnel.csv?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/appeals", "/api/reports/appeals?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/appeals.csv", "/api/reports/appeals.csv?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/regions", "/api/reports/regions", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/regions.csv", "/api/reports/regions.csv", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/reports", "/reports", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      // aggregates only, no group small enough to point at a person: the report's readers
      row("GET", "/api/reports/fairness", "/api/reports/fairness?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/api/reports/fairness.csv", "/api/reports/fairness.csv?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      row("GET", "/reports/fairness", "/reports/fairness?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  200  200"),
      // raters by name: process owners only (never raters, auditors or administrators)
      row("GET", "/api/reports/raters", "/api/reports/raters?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  403  403"),
      row("GET", "/api/reports/raters.csv", "/api/reports/raters.csv?cohort=%Y", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  200  403  403"),
      row("GET", "/api/audit/applications", "/api/audit/applications?number=%N", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("GET", "/api/audit/applications/{number}", "/api/audit/applications/%N", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("GET", "/api/audit/applications/{number}/trail.csv", "/api/audit/applications/%N/trail.csv", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("GET", "/api/audit/applications/{number}/trail.pdf", "/api/audit/applications/%N/trail.pdf", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("GET", "/api/audit/applications/{number}/accesses", "/api/audit/applications/%N/accesses", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("GET", "/audit/applications/{number}", "/audit/applications/%N", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  200  200"),
      row("POST", "/api/schools/import", "/api/schools/import", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  415  403  415"),
      row("GET", "/api/schools", "/api/schools?region=TURKISTAN", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("POST", "/api/vacancies", "/api/vacancies", "{}",
          "401 403  403  403  403  403  403  403  403  403  403  403  403  400  403  403  400"),
      row("GET", "/api/vacancies/{id}", "/api/vacancies/999999", null,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  404  404  404  404"),
      // the application API's description: everyone signed in, nobody else
      row("GET", "/api/docs", "/api/docs", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "/api/docs/openapi", "/api/docs/openapi", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "/api/docs/openapi.yaml", "/api/docs/openapi.yaml", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "/api/docs/openapi/swagger-config", "/api/docs/openapi/swagger-config", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "/verify", "/verify", null,
          "200 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "/verify/{certificateNumber}", "/verify/NO-SUCH-CERTIFICATE", null,
          "404 404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404"),
      row("GET", "engine: task list", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=%N", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: task", "/engine-rest/task/%T", null,
          "401 404  200  404  404  404  404  404  404  404  404  404  404  404  200  404  200"),
      row("GET", "engine: task variables", "/engine-rest/task/%T/variables", null,
          "401 403  200  403  403  403  403  403  403  403  403  403  403  403  200  403  200"),
      row("GET", "engine: task form variables", "/engine-rest/task/%T/form-variables", null,
          "401 403  200  403  403  403  403  403  403  403  403  403  403  403  200  403  200"),
      row("POST", "engine: complete task", "/engine-rest/task/%T/complete", Map.of("variables", Map.of("applicationId", Map.of("value", 1))),
          "401 403  400  403  403  403  403  403  403  403  403  403  403  403  403  403  400"),
      row("GET", "engine: variable instances", "/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=%P", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: historic variables", "/engine-rest/history/variable-instance?maxResults=100&processInstanceId=%P", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: historic details", "/engine-rest/history/detail?maxResults=100&processInstanceId=%P", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: process instances", "/engine-rest/process-instance?maxResults=10&businessKey=%N", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: process variables", "/engine-rest/process-instance/%P/variables", null,
          "401 403  200  403  403  403  403  403  403  403  403  403  403  403  200  403  200"),
      row("PUT", "engine: set a process variable", "/engine-rest/process-instance/%P/variables/region", Map.of("value", "almaty", "type", "String"),
          "401 400  400  400  400  400  400  400  400  400  400  400  400  400  400  400  204"),
      row("POST", "engine: correlate a message", "/engine-rest/message", Map.of("messageName", CandidateJourney.MESSAGE_TEST_RESULT, "businessKey", "%N"),
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403"),
      row("POST", "engine: start a journey", "/engine-rest/process-definition/key/candidate-journey/start", Map.of(),
          "401 403  403  403  404  404  404  404  404  404  404  404  404  404  403  403  403"),
      row("POST", "engine: deploy", "/engine-rest/deployment/create", SCRIPT_TASK_MODEL,
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  400  403  400"),
      row("GET", "engine: jobs", "/engine-rest/job?maxResults=10&processInstanceId=%P", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      row("GET", "engine: incidents", "/engine-rest/incident?maxResults=10&processInstanceId=%P", null,
          "401 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
      // last: these change the task for those who may
      row("POST", "engine: signal an execution", "/engine-rest/execution/%P/signal",
          Map.of("variables", Map.of(CandidateJourney.TEST_SCORE, Map.of("value", 100))),
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403"),
      row("POST", "engine: add a task candidate", "/engine-rest/task/%T/identity-links",
          Map.of("userId", "nobody.at.all", "type", "candidate"),
          "401 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  204"),
      row("POST", "engine: assign a task", "/engine-rest/task/%T/assignee", Map.of("userId", "reviewer.turkistan"),
          "401 403  204  403  403  403  403  403  403  403  403  403  403  403  204  403  204"));

  private static Row row(String method, String pattern, String path, Object body, String expected) {
    return new Row(HttpMethod.valueOf(method), pattern, path, body, expected.replaceAll("\\s+", " ").trim());
  }

  @Test
  void everyEndpointHasARow() {
    Set<String> endpoints = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
        info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern))));
    endpoints.removeIf(endpoint -> endpoint.endsWith(" /error"));
    Set<String> covered = API.stream().filter(row -> row.pattern().startsWith("/"))
        .map(row -> row.method() + " " + row.pattern()).collect(Collectors.toSet());
    assertThat(covered).containsAll(endpoints);
  }

  @Test
  void everyPersonGetsWhatTheirRoleAllowsAndNoPersonalDataBeyondIt() throws Exception {
    Application candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(candidate, "Task_CheckEligibility");
    Task screening = taskService.createTaskQuery().processInstanceBusinessKey(candidate.getApplicationNumber())
        .singleResult();
    long document = documents.upload(candidate.getApplicationNumber(), "diploma", "diploma.pdf",
        "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "portal").id();
    Map<String, String> ids = Map.of("%N", candidate.getApplicationNumber(), "%Y", String.valueOf(candidate.getCohortYear()),
        "%T", screening.getId(), "%P", screening.getProcessInstanceId(), "%D", String.valueOf(document));
    List<String> personalData = List.of(candidate.getIin(), candidate.getName().lastName(), candidate.getEmail(),
        candidate.getPhone());

    List<String> wrong = new ArrayList<>();
    Map<Row, String> actual = new LinkedHashMap<>();
    for (Row row : API) {
      String path = withIds(row.path(), ids);
      List<String> statuses = new ArrayList<>();
      for (String person : PEOPLE) {
        ResponseEntity<String> response = call(person, row, path, ids);
        statuses.add(String.valueOf(response.getStatusCode().value()));
        String body = response.getBody() == null ? "" : response.getBody();
        if (!PERSONAL_DATA_READERS.contains(person)
            && !("portal".equals(person) && CANDIDATE_EXPORTS.contains(row.pattern()))) {
          personalData.stream().filter(body::contains).forEach(found ->
              wrong.add(person + " " + row.method() + " " + path + " shows " + found));
        }
      }
      actual.put(row, String.join(" ", statuses));
    }
    actual.forEach((row, statuses) -> {
      if (!statuses.equals(row.expected())) {
        wrong.add(row.method() + " " + row.pattern() + "\n  expected " + row.expected() + "\n  actual   " + statuses);
      }
    });
    assertThat(wrong).as("columns: " + String.join(" ", PEOPLE)).isEmpty();
  }

  private ResponseEntity<String> call(String person, Row row, String path, Map<String, String> ids) throws Exception {
    TestRestTemplate client = "anonymous".equals(person) ? http
        : http.withBasicAuth(person, "admin".equals(person) ? "admin" : "demo");
    HttpHeaders headers = new HttpHeaders();
    Object body = row.body();
    if (body instanceof byte[] model) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("deployment-name", "matrix");
      parts.add("data", new ByteArrayResource(model) {
        @Override
        public String getFilename() {
          return "matrix.bpmn";
        }
      });
      body = parts;
    } else if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      body = withIds(body instanceof String given ? given : json.writeValueAsString(body), ids);
    }
    return client.exchange(path, row.method(), new HttpEntity<>(body, headers), String.class);
  }

  private static String withIds(String text, Map<String, String> ids) {
    String result = text;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      result = result.replace(id.getKey(), id.getValue());
    }
    return result;
  }
}
