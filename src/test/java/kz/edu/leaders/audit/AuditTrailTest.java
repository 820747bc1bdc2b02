package kz.edu.leaders.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The auditor reads a candidate's whole history: every step, person, form value, rule and mail, in order. */
@IntegrationTest
class AuditTrailTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  TestJourneys journeys;
  @Autowired
  CohortService cohorts;
  @Autowired
  AuditService audit;
  @Autowired
  org.camunda.bpm.engine.RepositoryService repositoryService;

  private Application candidate;

  @BeforeEach
  void aCandidateScreenedAndTested() {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    candidate = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(candidate, 83));
    journeys.runJobs(candidate, "Task_NotifyTestResult");
  }

  @Test
  void theTrailHoldsEveryStepInOrderWithThePeopleAndTheRules() throws Exception {
    JsonNode trail = get("auditor", "/api/audit/applications/" + candidate.getApplicationNumber());

    List<JsonNode> events = StreamSupport.stream(trail.get("events").spliterator(), false).toList();
    List<Instant> times = events.stream().map(e -> Instant.parse(e.get("at").asText())).toList();
    assertThat(times).isSorted();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("PROCESS_STARTED");
      assertThat(e.get("process").asText()).matches("candidate-journey v\\d+");
    });
    assertThat(lines(events)).contains(
        "ACTIVITY_ENTERED|Task_CheckEligibility|",
        "ACTIVITY_ENTERED|Task_ScreenDocuments|",
        "ACTIVITY_LEFT|Task_ScreenDocuments|reviewer.turkistan",
        "OPERATION|Task_ScreenDocuments|reviewer.turkistan",
        "FORM_SUBMITTED|Task_ScreenDocuments|reviewer.turkistan",
        "ACTIVITY_ENTERED|Task_AwaitRanking|");
    assertThat(detailOf(events, "TASK_ROUTED")).contains("add candidate: group document-reviewers-turkistan");
    assertThat(detailOf(events, "FORM_SUBMITTED")).contains("documentsDecision = accepted")
        .contains("checkDiploma = true");
    assertThat(events).filteredOn(e -> e.get("kind").asText().equals("OPERATION"))
        .extracting(e -> e.get("detail").asText()).anyMatch(d -> d.contains("Claim")).anyMatch(d -> d.contains("Complete"));
    assertThat(events).filteredOn(e -> e.get("kind").asText().equals("STAGE_RESULT"))
        .extracting(e -> e.get("detail").asText())
        .anyMatch(d -> d.startsWith("ELIGIBILITY: ELIGIBLE") && d.contains("rule eligibility v1")
            && d.contains("\"yearsOfExperience\":9"))
        .anyMatch(d -> d.startsWith("DOCUMENT_SCREENING: ACCEPTED"))
        .anyMatch(d -> d.startsWith("TEST: PASSED, score 83") && d.contains("rule pass-marks v1")
            && d.contains("\"passMark\":60"));
    assertThat(events).filteredOn(e -> e.get("kind").asText().equals("MAIL")).extracting(e -> e.get("detail").asText())
        .anyMatch(d -> d.startsWith("application-received (kk): SENT after 1 attempt(s)"))
        .anyMatch(d -> d.startsWith("test-result (kk): SENT"));
    assertThat(trail.at("/candidate/iin").asText()).isEqualTo(candidate.getMaskedIin());
    assertThat(trail.at("/candidate/fullName").isMissingNode()).isTrue();
  }

  @Test
  void theAuditorsPageShowsTheDiagramWithThePathTakenAndTheTrail() {
    ResponseEntity<String> page = http.withBasicAuth("auditor", "demo")
        .getForEntity("/audit/applications/" + candidate.getApplicationNumber(), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("bpmn-navigated-viewer.production.min.js")
        .contains("&lt;bpmn:process id&#x3D;&quot;candidate-journey&quot;")
        .contains("/js/audit-trail.js").contains("&quot;Task_ScreenDocuments&quot;")
        .contains("data-current=\"[&quot;Task_AwaitRanking&quot;]\"")
        .contains("Форма жіберілді / Форма отправлена").contains(candidate.getMaskedIin())
        .doesNotContain(candidate.getIin());
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo")
        .getForEntity("/audit/applications/" + candidate.getApplicationNumber(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(audit.accessesTo(candidate.getApplicationNumber())).extracting(AuditAccess::getAction)
        .containsExactly(AuditAccess.Action.PAGE);
  }

  @Test
  void historyIsKeptForTheConfiguredRetentionWhateverTheModelsSay() {
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(2190));
  }

  @Test
  void openingTheRecordShowsTheIinAndEveryLookIsLogged() throws Exception {
    get("auditor", "/api/audit/applications/" + candidate.getApplicationNumber());
    JsonNode revealed = get("auditor", "/api/audit/applications/" + candidate.getApplicationNumber() + "?reveal=true");

    assertThat(revealed.at("/candidate/iin").asText()).isEqualTo(candidate.getIin());
    assertThat(revealed.at("/candidate/fullName").asText()).isEqualTo("Есімов Нұрлан");
    assertThat(audit.accessesTo(candidate.getApplicationNumber()))
        .extracting(AuditAccess::getAuditor, AuditAccess::getAction)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("auditor", AuditAccess.Action.TRAIL),
            org.assertj.core.groups.Tuple.tuple("auditor", AuditAccess.Action.REVEAL));
  }

  @Test
  void onlyAuditorsAndAdministratorsReadTrails() {
    String path = "/api/audit/applications/" + candidate.getApplicationNumber();
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("process.owner", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "admin").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(audit.accessesTo(candidate.getApplicationNumber())).extracting(AuditAccess::getAuditor)
        .containsExactly("admin");
  }

  @Test
  void theCsvExportCarriesTheSameTrail() throws Exception {
    JsonNode trail = get("auditor", "/api/audit/applications/" + candidate.getApplicationNumber());
    ResponseEntity<String> csv = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications/" + candidate.getApplicationNumber() + "/trail.csv", String.class);

    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<List<String>> rows = parseCsv(csv.getBody());
    assertThat(rows.get(0)).containsExactly("at", "kind", "process", "activityId", "activityName", "who", "detail",
        "chapter");
    assertThat(rows).hasSize(trail.get("events").size() + 1);
    for (int i = 0; i < trail.get("events").size(); i++) {
      JsonNode event = trail.get("events").get(i);
      assertThat(rows.get(i + 1).get(1)).isEqualTo(event.get("kind").asText());
      assertThat(rows.get(i + 1).get(6)).isEqualTo(event.path("detail").asText(""));
    }
  }

  @Test
  void thePdfExportCarriesTheTrailInKazakhAndRussian() throws Exception {
    JsonNode trail = get("auditor", "/api/audit/applications/" + candidate.getApplicationNumber());
    ResponseEntity<byte[]> pdf = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications/" + candidate.getApplicationNumber() + "/trail.pdf", byte[].class);

    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.getBody());
    StringBuilder text = new StringBuilder();
    com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    String flat = text.toString().replaceAll("\\s+", " ");
    assertThat(flat).contains(candidate.getApplicationNumber()).contains("Оқиға / Событие")
        .contains("Қадам / Шаг").contains(candidate.getMaskedIin()).contains("Форма жіберілді / Форма отправлена")
        .contains("reviewer.turkistan").contains("application-received (kk): SENT");
    // complete: the engine's bookkeeping too, in grey beneath each chapter
    assertThat(flat.split("Қадам басталды / Шаг начат", -1).length - 1).isEqualTo(
        (int) StreamSupport.stream(trail.get("events").spliterator(), false)
            .filter(e -> e.get("kind").asText().equals("ACTIVITY_ENTERED")).count());
    assertThat(audit.accessesTo(candidate.getApplicationNumber())).extracting(AuditAccess::getAction)
        .contains(AuditAccess.Action.EXPORT_PDF);
  }

  @Test
  void auditorsFindCandidatesByNumberIinRegionStageAndOutcome() throws Exception {
    JsonNode byIin = get("auditor", "/api/audit/applications?iin=" + candidate.getIin());
    assertThat(byIin).hasSize(1);
    assertThat(byIin.get(0).get("applicationNumber").asText()).isEqualTo(candidate.getApplicationNumber());
    assertThat(byIin.get(0).get("iin").asText()).isEqualTo(candidate.getMaskedIin());

    JsonNode passedInTurkistan = get("auditor", "/api/audit/applications?region=TURKISTAN&stage=TEST&outcome=PASSED");
    assertThat(passedInTurkistan.findValuesAsText("applicationNumber")).contains(candidate.getApplicationNumber());
    JsonNode failedInTurkistan = get("auditor", "/api/audit/applications?region=TURKISTAN&stage=TEST&outcome=FAILED");
    assertThat(failedInTurkistan.findValuesAsText("applicationNumber")).doesNotContain(candidate.getApplicationNumber());

    ResponseEntity<String> unknownRegion = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications?region=MARS", String.class);
    assertThat(unknownRegion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknownRegion.getBody()).get("errors").findValuesAsText("field")).containsExactly("region");
    // a misspelt stage or outcome is refused, not answered with nobody
    ResponseEntity<String> misspeltStage = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications?stage=TESTS&outcome=PASSED", String.class);
    assertThat(misspeltStage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(misspeltStage.getBody()).get("errors").findValuesAsText("field")).containsExactly("stage");
    ResponseEntity<String> misspeltOutcome = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications?stage=TEST&outcome=PASSSED", String.class);
    assertThat(misspeltOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(misspeltOutcome.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("outcome");
    assertThat(misspeltOutcome.getBody()).contains("Такого итога нет; укажите один из: [ELIGIBLE");
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo")
        .getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static List<String> lines(List<JsonNode> events) {
    return events.stream().map(e -> e.get("kind").asText() + "|" + e.path("activityId").asText("") + "|"
        + e.path("who").asText("")).toList();
  }

  private static String detailOf(List<JsonNode> events, String kind) {
    return events.stream().filter(e -> e.get("kind").asText().equals(kind)).map(e -> e.get("detail").asText())
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private static List<List<String>> parseCsv(String text) throws IOException {
    try (CSVParser parser = CSVParser.builder().setCharSequence(text).setFormat(CSVFormat.RFC4180).get()) {
      return parser.stream().map(CSVRecord::toList).toList();
    }
  }
}
