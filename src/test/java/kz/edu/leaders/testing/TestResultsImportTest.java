package kz.edu.leaders.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Test operators import results: every row accounted for, nothing lost, nothing taken twice. */
@IntegrationTest
class TestResultsImportTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  TestJourneys journeys;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CohortService cohorts;
  @Autowired
  TestImportRepository testImports;

  private Cohort cohort;
  private String testDay;

  @BeforeEach
  void theOpenCohort() {
    cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    testDay = cohort.getTestWindowStart().plusDays(2).toString();
  }

  @Test
  void eachRowIsAcceptedOrRefusedWithAReasonAndResultsReachTheJourneys() throws Exception {
    Application passes = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    Application fails = journeys.awaitingTest(TestApplications.valid(Region.ALMATY), "reviewer.almaty");
    Application stillInScreening = applicationService.submit(TestApplications.valid(Region.ASTANA));
    String csv = String.join("\n",
        "applicationNumber,score,date",
        passes.getApplicationNumber() + ",82," + testDay,
        fails.getApplicationNumber() + ",41," + testDay,
        stillInScreening.getApplicationNumber() + ",77," + testDay,
        "2026-TUR-99999,70," + testDay,
        "not-a-number,70," + testDay,
        passes.getApplicationNumber() + ",101," + testDay,
        passes.getApplicationNumber() + ",82,yesterday",
        passes.getApplicationNumber() + ",82," + cohort.getTestWindowEnd().plusDays(1),
        passes.getApplicationNumber() + ",82",
        "",
        passes.getApplicationNumber() + ",82," + testDay);

    JsonNode report = importCsv(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(report.get("state").asText()).isEqualTo("DONE");
    assertThat(report.get("totalRows").asInt()).isEqualTo(10);
    assertThat(report.get("accepted").asInt()).isEqualTo(2);
    assertThat(report.get("unchanged").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(7);
    assertThat(reasons(report)).containsExactly(
        "2:ACCEPTED", "3:ACCEPTED",
        "4:REFUSED:Өтінім тестті күтіп тұрған жоқ (күйі: DOCUMENT_SCREENING) / "
            + "Заявка не ожидает теста (статус: DOCUMENT_SCREENING)",
        "5:REFUSED:" + cohort.getYear() + " когортасында 2026-TUR-99999 өтінімі жоқ / В когорте " + cohort.getYear()
            + " года нет заявки 2026-TUR-99999",
        "6:REFUSED:«not-a-number» өтінім нөмірі емес (мысалы, 2026-TUR-00042) / "
            + "«not-a-number» не номер заявки (например, 2026-TUR-00042)",
        "7:REFUSED:«101» балы 0-ден 100-ге дейінгі бүтін сан емес / Балл «101» не целое число от 0 до 100",
        "8:REFUSED:«yesterday» күні ЖЖЖЖ-АА-КК түрінде емес / Дата «yesterday» не в виде ГГГГ-ММ-ДД",
        "9:REFUSED:" + day(cohort.getTestWindowEnd().plusDays(1)) + " күні тестілеу кезеңінен тыс ("
            + day(cohort.getTestWindowStart()) + " – " + day(cohort.getTestWindowEnd()) + ") / Дата "
            + day(cohort.getTestWindowEnd().plusDays(1)) + " вне периода тестирования ("
            + day(cohort.getTestWindowStart()) + " – " + day(cohort.getTestWindowEnd()) + ")",
        "10:REFUSED:бағандар саны атаулар жолындағыдай болуы керек: 3 / "
            + "столбцов должно быть столько же, сколько в строке названий: 3",
        "12:UNCHANGED:Бұрын жазылған / Уже записано");

    assertThat(status(passes)).isEqualTo(ApplicationStatus.TEST_PASSED);
    assertThat(status(fails)).isEqualTo(ApplicationStatus.TEST_FAILED);
    assertThat(status(stillInScreening)).isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    StageResult recorded = stageResults.findFirstByApplicationIdAndStageOrderByDecidedAtDescIdDesc(passes.getId(), Stage.TEST)
        .orElseThrow();
    assertThat(recorded.getScore()).isEqualTo(82);
    assertThat(recorded.getOutcome()).isEqualTo(Outcome.PASSED);
    assertThat(recorded.getRuleId()).isEqualTo("pass-marks");
    assertThat(recorded.getDecidedBy()).isEqualTo("test.operator");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(passes.getApplicationNumber())
        .activityIdIn("Task_AwaitRanking").count()).isOne();
  }

  @Test
  void importingTheSameFileAgainChangesNothingAndADifferentScoreIsRefused() throws Exception {
    Application candidate = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    byte[] file = ("\uFEFFapplicationNumber;score;date\n" + candidate.getApplicationNumber() + ";67;" + testDay + "\n")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(importCsv(file))).containsExactly("2:ACCEPTED");
    assertThat(reasons(importCsv(file))).containsExactly("2:UNCHANGED:Бұрын жазылған / Уже записано");
    JsonNode changed = importJson(List.of(Map.of("applicationNumber", candidate.getApplicationNumber(), "score", 90,
        "date", testDay)));

    assertThat(reasons(changed)).containsExactly(
        "1:REFUSED:Үміткердің тест нәтижесі бұрын жазылған (67 балл); басқа балл жүктемеден қабылданбайды / "
            + "У кандидата уже есть результат теста (67 б.); другой балл из загрузки не принимается");
    assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId()))
        .filteredOn(result -> result.getStage().equals(Stage.TEST)).singleElement()
        .satisfies(result -> assertThat(result.getScore()).isEqualTo(67));
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeNamingTheProblem() throws Exception {
    assertRefusedFile(new byte[0], "Файл бос");
    assertRefusedFile("applicationNumber,score,date\n".getBytes(StandardCharsets.UTF_8), "но нет строк с данными");
    assertRefusedFile("number,points\n2026-TUR-00001,50\n".getBytes(StandardCharsets.UTF_8),
        "нет столбцов: applicationNumber, score, date");
    assertRefusedFile("applicationNumber,score,date\nӘлия,50,2026-01-01\n".getBytes(Charset.forName("windows-1251")),
        "Файл не в кодировке UTF-8");
  }

  @Test
  void aBatchWithAMissingEntryOrFieldIsRefusedWholeNamingItAndNothingIsStored() throws Exception {
    long importsBefore = testImports.count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (var batch : List.of(List.of("null", "{}"), List.of("{\"applicationNumber\": \"2026-TUR-00001\", \"score\": 70,"
        + " \"date\": \"2026-01-01\"}", "{}"))) {
      ResponseEntity<String> response = http.withBasicAuth("test.operator", "demo").exchange(
          "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST,
          new HttpEntity<>("[" + String.join(",", batch) + "]", headers), String.class);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
          .containsExactly(batch.get(0).equals("null") ? "[0]" : "[1].applicationNumber");
    }
    assertThat(testImports.count()).isEqualTo(importsBefore);
  }

  @Test
  void aControlCharacterIsRefusedOnItsRowInACsvAndWholeInJson() throws Exception {
    Application tested = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    String takenOn = cohort.getTestWindowStart().toString();
    // inside the cell: a control character at either end is trimmed away like a space
    JsonNode report = importCsv(("applicationNumber,score,date\n" + tested.getApplicationNumber() + ",7\u00000,"
        + takenOn + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(reasons(report)).containsExactly("2:REFUSED:«score» бағанында басқарушы таңба бар (мысалы, жол ауысуы) / "
        + "в столбце «score» есть управляющий символ (например, перенос строки)");
    assertThat(status(tested)).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> json = http.withBasicAuth("test.operator", "demo").exchange(
        "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST, new HttpEntity<>(List.of(Map.of(
            "applicationNumber", tested.getApplicationNumber(), "score", "7\u00000", "date", takenOn)), headers),
        String.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.getBody()).contains("\"field\":\"[0].score\"");
    assertThat(status(tested)).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);
  }

  @Test
  void onlyTestOperatorsImport() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    ResponseEntity<String> response = http.withBasicAuth("reviewer.turkistan", "demo").exchange(
        "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST,
        new HttpEntity<>("applicationNumber,score,date\n".getBytes(StandardCharsets.UTF_8), headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void fifteenThousandRowsGoInBatchesWithProgressAndEveryRowAccountedFor() throws Exception {
    Application candidate = journeys.awaitingTest(TestApplications.valid(Region.KARAGANDA), "reviewer.karaganda");
    StringBuilder csv = new StringBuilder("applicationNumber,score,date\n");
    csv.append(candidate.getApplicationNumber()).append(",73,").append(testDay).append('\n');
    for (int i = 1; i < 15_000; i++) {
      csv.append(String.format("%d-KAR-%05d,%d,%s%n", cohort.getYear(), 90_000 + i % 9_999, 50 + i % 50, testDay));
    }

    JsonNode report = importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(report.get("totalRows").asInt()).isEqualTo(15_000);
    assertThat(report.get("processed").asInt()).isEqualTo(15_000);
    assertThat(report.get("accepted").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(14_999);
    assertThat(report.get("rows")).hasSize(15_000);
    assertThat(status(candidate)).isEqualTo(ApplicationStatus.TEST_PASSED);
  }

  private void assertRefusedFile(byte[] content, String problem) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    ResponseEntity<String> response = http.withBasicAuth("test.operator", "demo").exchange(
        "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST, new HttpEntity<>(content, headers),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.get("detail").asText()).contains(problem);
    assertThat(error.get("errors").findValuesAsText("field")).containsExactly("file");
  }

  private JsonNode importCsv(byte[] content) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    return awaitDone(http.withBasicAuth("test.operator", "demo").exchange(
        "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST, new HttpEntity<>(content, headers),
        String.class));
  }

  private JsonNode importJson(List<Map<String, Object>> batch) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return awaitDone(http.withBasicAuth("test.operator", "demo").exchange(
        "/api/cohorts/" + cohort.getYear() + "/test-results", HttpMethod.POST, new HttpEntity<>(batch, headers),
        String.class));
  }

  /** 202 with the import's address; its report, once the background import is done. */
  private JsonNode awaitDone(ResponseEntity<String> started) throws Exception {
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String location = started.getHeaders().getLocation().toString();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> json.readTree(
        http.withBasicAuth("test.operator", "demo").getForEntity(location, String.class).getBody())
        .get("state").asText().equals("DONE"));
    return json.readTree(http.withBasicAuth("test.operator", "demo").getForEntity(location, String.class).getBody());
  }

  /** A day as the import's reasons write it. */
  private static String day(LocalDate date) {
    return ProgrammeClock.DAY.format(date);
  }

  private static List<String> reasons(JsonNode report) {
    return java.util.stream.StreamSupport.stream(report.get("rows").spliterator(), false)
        .map(row -> row.get("row").asInt() + ":" + row.get("outcome").asText()
            + (row.get("outcome").asText().equals("ACCEPTED") ? "" : ":" + row.get("reason").asText()))
        .toList();
  }

  private ApplicationStatus status(Application application) {
    return applications.findById(application.getId()).orElseThrow().getStatus();
  }
}
