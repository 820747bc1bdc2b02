package kz.edu.leaders.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Process owners plan cohorts through the API or the Tasklist start form; the dates drive the timers. */
@IntegrationTest
class CohortApiTest {

  @Autowired
  TestJourneys journeys;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CohortCalendar calendar;
  @Autowired
  CohortService cohorts;
  @Autowired
  kz.edu.leaders.application.ApplicationService applicationService;
  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aProcessOwnerCreatesACohortAndItsSelectionProcessWaitsForTheTestWindow() throws Exception {
    ResponseEntity<String> created = send("process.owner", HttpMethod.POST, "/api/cohorts", spec(2031));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode cohort = json.readTree(created.getBody());
    assertThat(cohort.get("trainingCapacity").asInt()).isEqualTo(600);
    assertThat(cohort.get("resubmissionDays").asInt()).isEqualTo(7);
    assertThat(cohort.at("/quotas/TURKISTAN").asInt()).isEqualTo(40);
    assertThat(timerDue(2031, CohortSelection.TEST_WINDOW_CLOSED)).isEqualTo(calendar.testWindowClosesAt(2031));
    assertThat(send("process.owner", HttpMethod.POST, "/api/cohorts", spec(2031)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void editingTheDatesMovesTheWaitingTimers() {
    send("process.owner", HttpMethod.POST, "/api/cohorts", spec(2034));
    Map<String, Object> later = spec(2034);
    later.put("testWindowEnd", "2034-08-20");
    later.put("rankingDate", "2034-08-25");

    assertThat(send("process.owner", HttpMethod.PUT, "/api/cohorts/2034", later).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(timerDue(2034, CohortSelection.TEST_WINDOW_CLOSED))
        .isEqualTo(CohortCalendar.endOf(LocalDate.parse("2034-08-20")));
    assertThat(timerDue(2034, CohortSelection.TEST_WINDOW_CLOSED)).isEqualTo(calendar.testWindowClosesAt(2034));
  }

  @Test
  void datesOutOfOrderAndQuotasBeyondTheCapacityAreRefusedNamingTheFields() throws Exception {
    Map<String, Object> bad = spec(2035);
    bad.put("testWindowEnd", "2035-06-01");
    bad.put("trainingCapacity", 50);
    bad.put("quotas", Map.of("TURKISTAN", 40, "ATLANTIS", 5, "ASTANA", 20));

    ResponseEntity<String> refused = send("process.owner", HttpMethod.POST, "/api/cohorts", bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("testWindowEnd", "quotas.ATLANTIS", "quotas");
    Map<String, Object> notADate = spec(2035);
    notADate.put("rankingDate", "next spring");
    assertThat(json.readTree(send("process.owner", HttpMethod.POST, "/api/cohorts", notADate).getBody())
        .get("errors").get(0).get("message").asText()).isEqualTo("Күнді ЖЖЖЖ-АА-КК түрінде жазыңыз / Укажите дату в виде ГГГГ-ММ-ДД");
    assertThat(cohorts.all()).noneMatch(cohort -> cohort.getYear() == 2035);
  }

  @Test
  void onlyProcessOwnersPlanCohorts() {
    assertThat(send("reviewer.turkistan", HttpMethod.POST, "/api/cohorts", spec(2036)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity("/api/cohorts", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theTasklistStartFormRegistersTheCohortOrSaysWhichFieldIsWrong() throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    spec(2032).forEach((name, value) -> form.put(name, Map.of("value", value)));
    // one seats field per region on the form, not a typed list
    form.remove("quotas");
    form.put("quota_TURKISTAN", Map.of("value", 40));
    form.put("cohortYear", Map.of("value", 2032));
    form.remove("year");
    String submit = "/engine-rest/process-definition/key/" + CohortSelection.PROCESS_KEY + "/submit-form";

    Map<String, Object> wrong = new LinkedHashMap<>(form);
    wrong.put("rankingDate", Map.of("value", "2032-01-01"));
    ResponseEntity<String> refused = send("process.owner", HttpMethod.POST, submit, Map.of("variables", wrong));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Не раньше даты «Тестирование по» (");
    assertThat(cohorts.all()).noneMatch(cohort -> cohort.getYear() == 2032);
    Map<String, Object> noSeats = new LinkedHashMap<>(form);
    noSeats.put("quota_ALMATY", Map.of("value", 0));
    ResponseEntity<String> refusedQuota = send("process.owner", HttpMethod.POST, submit, Map.of("variables", noSeats));
    assertThat(refusedQuota.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusedQuota.getBody()).contains("Кемінде 1 орын / Не менее 1 места");
    assertThat(cohorts.all()).noneMatch(cohort -> cohort.getYear() == 2032);

    ResponseEntity<String> started = send("process.owner", HttpMethod.POST, submit,
        Map.of("variables", form, "businessKey", CohortSelection.businessKey(2032)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cohorts.find(2032).getQuotas()).containsEntry(Region.TURKISTAN, 40);
  }

  @Test
  void aLaterScreeningDeadlineMovesTheOpenScreeningTasks() throws Exception {
    Cohort open = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    Application candidate = applicationService.submit(TestApplications.valid(Region.ASTANA));
    journeys.runJobs(candidate, "Task_CheckEligibility");
    Map<String, Object> later = new LinkedHashMap<>(Map.of("year", open.getYear(),
        "applicationsOpen", open.getApplicationsOpen().toString(),
        "applicationsClose", open.getApplicationsClose().toString(),
        "screeningDeadline", open.getScreeningDeadline().plusDays(1).toString(),
        "testWindowStart", open.getTestWindowStart().toString(), "testWindowEnd", open.getTestWindowEnd().toString(),
        "rankingDate", open.getRankingDate().toString(), "quotas", Map.of("TURKISTAN", 40)));
    LocalDate before = open.getScreeningDeadline();
    try {
      assertThat(send("process.owner", HttpMethod.PUT, "/api/cohorts/" + open.getYear(), later).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).singleResult()
          .getDueDate()).isEqualTo(CohortCalendar.endOf(before.plusDays(1)));
    } finally {
      later.put("screeningDeadline", before.toString());
      send("process.owner", HttpMethod.PUT, "/api/cohorts/" + open.getYear(), later);
    }
    assertThat(taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).singleResult()
        .getDueDate()).isEqualTo(CohortCalendar.endOf(before));
  }

  @Test
  void outsideTheApplicationWindowApplicationsAreRefused() throws Exception {
    Cohort open = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    CohortSpec asItWas = new CohortSpec(open.getYear(), open.getApplicationsOpen(), open.getApplicationsClose(),
        open.getScreeningDeadline(), open.getTestWindowStart(), open.getTestWindowEnd(), open.getRankingDate(),
        open.getTrainingCapacity(), open.getResubmissionDays(), Map.of("TURKISTAN", 40));
    LocalDate yesterday = LocalDate.now(ProgrammeClock.ZONE).minusDays(1);
    cohorts.update(open.getYear(), new CohortSpec(open.getYear(), open.getApplicationsOpen().minusDays(1), yesterday,
        asItWas.screeningDeadline(), asItWas.testWindowStart(), asItWas.testWindowEnd(), asItWas.rankingDate(),
        asItWas.trainingCapacity(), asItWas.resubmissionDays(), asItWas.quotas()));
    try {
      ResponseEntity<String> refused = send("portal", HttpMethod.POST, "/api/applications",
          TestApplications.validJson(Region.TURKISTAN));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(json.readTree(refused.getBody()).get("detail").asText()).startsWith("Өтінім қабылдау жабық").contains("Приём заявок закрыт");
    } finally {
      cohorts.update(open.getYear(), asItWas);
    }
  }

  private Date timerDue(int year, String activityId) {
    ProcessInstance selection = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(CohortSelection.businessKey(year)).singleResult();
    return managementService.createJobQuery().processInstanceId(selection.getId()).activityId(activityId).timers()
        .singleResult().getDuedate();
  }

  private static Map<String, Object> spec(int year) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("year", year);
    spec.put("applicationsOpen", year + "-03-01");
    spec.put("applicationsClose", year + "-04-30");
    spec.put("screeningDeadline", year + "-05-20");
    spec.put("testWindowStart", year + "-06-10");
    spec.put("testWindowEnd", year + "-06-25");
    spec.put("rankingDate", year + "-07-01");
    spec.put("quotas", Map.of("TURKISTAN", 40));
    return spec;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
