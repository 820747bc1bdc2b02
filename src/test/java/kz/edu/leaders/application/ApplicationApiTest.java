package kz.edu.leaders.application;

import kz.edu.leaders.region.Region;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.notification.NotificationRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/applications and GET /api/applications/{number}, as the portal and the reviewers call them. */
@IntegrationTest
class ApplicationApiTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ObjectMapper json;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  TestJourneys journeys;

  @Test
  void aValidApplicationIsStoredAndItsJourneyStarts() throws Exception {
    Map<String, Object> body = TestApplications.validJson(Region.TURKISTAN);

    ResponseEntity<String> response = post("portal", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json.readTree(response.getBody());
    String number = created.get("applicationNumber").asText();
    assertThat(number).matches("\\d{4}-TUR-\\d{5}");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/applications/" + number);
    assertThat(created.get("iin").asText()).isEqualTo(Iin.mask(body.get("iin").toString()));
    assertThat(created.has("lastName")).isFalse();

    Application stored = applications.findByApplicationNumber(number).orElseThrow();
    assertThat(stored.getIin()).isEqualTo(body.get("iin"));
    assertThat(stored.getPhone()).isEqualTo("+77015551234");
    var journey = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(journey.getProcessDefinitionId()).startsWith(CandidateJourney.PROCESS_KEY + ":");
    assertThat(runtimeService.getVariable(journey.getId(), CandidateJourney.APPLICATION_ID.name())).isEqualTo(stored.getId());
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("iin", b -> b.put("iin", "871008401428")),
        bad("iin", b -> b.put("iin", "87100840142")),
        bad("iin", b -> b.put("iin", "871340401427")),
        bad("iin", b -> b.remove("iin")),
        bad("lastName", b -> b.put("lastName", "R2-D2")),
        bad("firstName", b -> b.put("firstName", "  ")),
        bad("middleName", b -> b.put("middleName", "123")),
        bad("region", b -> b.put("region", "Atlantis")),
        bad("currentPost", b -> b.put("currentPost", "DIRECTOR")),
        bad("organisationType", b -> b.put("organisationType", "UNIVERSITY")),
        bad("organisationName", b -> b.put("organisationName", "")),
        bad("yearsOfExperience", b -> b.put("yearsOfExperience", -1)),
        bad("yearsOfExperience", b -> b.put("yearsOfExperience", 61)),
        bad("yearsOfExperience", b -> b.put("yearsOfExperience", "ten")),
        bad("yearsOfExperience", b -> b.remove("yearsOfExperience")),
        bad("email", b -> b.put("email", "aigerim@mail")),
        bad("phone", b -> b.put("phone", "+1 202 555 0100")),
        bad("phone", b -> b.put("phone", "+7 701 555")),
        bad("preferredLanguage", b -> b.put("preferredLanguage", "en")),
        bad("iin", b -> b.put("iin", TestApplications.iinBornOn(LocalDate.now().plusMonths(1)))),
        bad("iin", b -> b.put("iin", TestApplications.iinBornOn(LocalDate.of(1850, 5, 1)))),
        bad("iin", b -> b.put("iin", TestApplications.iinBornOn(LocalDate.now().minusYears(12)))),
        bad("email", b -> b.put("email", "<script>alert(1)</script>@x.kz")),
        bad("email", b -> b.put("email", "Aigerim <aigerim@mail.kz>")),
        bad("email", b -> b.put("email", "aigerim@@mail.kz")),
        bad("yearsOfExperience", b -> b.put("yearsOfExperience", 12.5)),
        bad("organisationName", b -> b.put("organisationName", "№12\u0000 мектеп")),
        bad("lastName", b -> b.put("lastName", "Сәрсенбаева\u001b[2J")),
        bad("organisationName", b -> b.put("organisationName", "№12\n мектеп")));
  }

  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("badInputs")
  void badInputIsRefusedNamingTheFieldAndNothingIsStored(String field, Map<String, Object> body) throws Exception {
    long applicationsBefore = applications.count();
    long journeysBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<String> response = post("portal", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.get("detail").asText()).contains(field);
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("title").asText()).isEqualTo("Bad Request");
    assertThat(error.get("errors").findValuesAsText("field")).containsOnly(field);
    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(journeysBefore);
  }

  @ParameterizedTest(name = "Accept-Language {0}")
  @MethodSource("languages")
  void aRefusalIsReadInTheCallersLanguage(String acceptLanguage, String detail, String phoneMessage) throws Exception {
    Map<String, Object> body = TestApplications.validJson(Region.TURKISTAN);
    body.put("phone", "8 701 555");
    HttpHeaders headers = jsonHeaders();
    if (!acceptLanguage.isEmpty()) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }

    ResponseEntity<String> response = http.withBasicAuth("portal", "demo").exchange("/api/applications",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.get("detail").asText()).isEqualTo(detail);
    assertThat(error.get("errors").get(0).get("message").asText()).isEqualTo(phoneMessage);
  }

  static Stream<Arguments> languages() {
    String kazakh = "Қазақстан нөмірі болуы керек: +7 және 10 цифр";
    String russian = "Должен быть казахстанский номер: +7 и 10 цифр";
    return Stream.of(
        Arguments.of("kk-KZ,kk;q=0.9,ru;q=0.8", "Қате толтырылған өрістер: phone", kazakh),
        Arguments.of("ru-RU,ru;q=0.9", "Неверно заполнены поля: phone", russian),
        Arguments.of("en-US,en;q=0.9,ru;q=0.5", "Қате толтырылған өрістер: phone / Неверно заполнены поля: phone",
            kazakh + " / " + russian),
        Arguments.of("", "Қате толтырылған өрістер: phone / Неверно заполнены поля: phone", kazakh + " / " + russian));
  }

  @Test
  void aNameTypedWithCombiningMarksIsStoredComposed() throws Exception {
    Map<String, Object> body = TestApplications.validJson(Region.TURKISTAN);
    body.put("firstName", Normalizer.normalize("Әйгерім Қойшыбай", Normalizer.Form.NFD));
    assertThat(body.get("firstName").toString()).isNotEqualTo("Әйгерім Қойшыбай");

    ResponseEntity<String> response = post("portal", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(response.getBody()).get("applicationNumber").asText();
    assertThat(applications.findByApplicationNumber(number).orElseThrow().getName().firstName())
        .isEqualTo("Әйгерім Қойшыбай");
  }

  @Test
  void twentyWithdrawalsAtOnceWithdrawOnceAndTheOthersAreConflicts() throws Exception {
    Application candidate = applicationService.submit(TestApplications.valid(Region.ABAI));
    String path = "/api/applications/" + candidate.getApplicationNumber() + "/withdrawal";
    List<Callable<HttpStatusCode>> withdrawals = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      withdrawals.add(() -> send("portal", path, Map.of()).getStatusCode());
    }

    List<HttpStatusCode> answers = AtOnce.run(withdrawals.toArray(Callable[]::new));

    assertThat(answers).filteredOn(HttpStatus.OK::equals).hasSize(1);
    assertThat(answers).filteredOn(HttpStatus.CONFLICT::equals).hasSize(19);
    journeys.runJobs(candidate, "Task_RecordRequestedWithdrawal", "Task_NotifyWithdrawnOnRequest");
    assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId()))
        .filteredOn(result -> Stage.WITHDRAWAL.equals(result.getStage())).hasSize(1);
    assertThat(notifications.findByApplicationIdOrderByCreatedAtAsc(candidate.getId()))
        .filteredOn(mail -> mail.getTemplate().equals("withdrawn")).hasSize(1);
    assertThat(TestMailServer.mailsTo(candidate.getEmail())).hasSize(1);
  }

  @Test
  void aControlCharacterInAReasonIsRefusedButLineBreaksAreNot() throws Exception {
    String number = applicationService.submit(TestApplications.valid(Region.ABAI)).getApplicationNumber();
    String path = "/api/applications/" + number + "/withdrawal";

    ResponseEntity<String> nul = send("coordinator", path, Map.of("reason", "Duplicate registration\u0000"));

    assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(nul.getBody()).get("errors").findValuesAsText("field")).containsExactly("reason");
    assertThat(applications.findByApplicationNumber(number).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.DOCUMENT_SCREENING);
    assertThat(send("coordinator", path, Map.of("reason", "Duplicate registration:\nsee the Abai list"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void malformedJsonIsRefused() {
    HttpHeaders headers = jsonHeaders();
    ResponseEntity<String> response = http.withBasicAuth("portal", "demo").exchange("/api/applications",
        HttpMethod.POST, new HttpEntity<>("{\"iin\": ", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Тело запроса не в формате JSON");
  }

  @Test
  void theSameIinTwiceInOneCohortIsAConflict() throws Exception {
    Map<String, Object> first = TestApplications.validJson(Region.ASTANA);
    Map<String, Object> again = TestApplications.validJson(Region.ALMATY);
    again.put("iin", first.get("iin"));

    assertThat(post("portal", first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> response = post("portal", again);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly("iin");
    assertThat(applications.findAll()).filteredOn(a -> a.getIin().equals(first.get("iin"))).hasSize(1);
  }

  @Test
  void anonymousCallersAndWrongPasswordsGet401() {
    assertThat(http.postForEntity("/api/applications", TestApplications.validJson(Region.ABAI), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> engine = http.getForEntity("/engine-rest/task", String.class);
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engine.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(http.withBasicAuth("external.reviewer", "not-the-password").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A refusal by the security filters (401, 403) reads like one by a controller (404): one RFC 9457 shape. */
  @Test
  void everyRefusalIsAProblemBodyOfOneShape() throws Exception {
    ResponseEntity<String> anonymous = http.postForEntity("/api/applications", TestApplications.validJson(Region.ABAI),
        String.class);
    ResponseEntity<String> wrongRole = post("reviewer.turkistan", TestApplications.validJson(Region.TURKISTAN));
    ResponseEntity<String> unknown = http.withBasicAuth("portal", "demo")
        .getForEntity("/api/applications/2000-TUR-99999", String.class);

    for (ResponseEntity<String> refused : List.of(anonymous, wrongRole, unknown)) {
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(refused.getBody());
      assertThat(problem.get("status").asInt()).isEqualTo(refused.getStatusCode().value());
      assertThat(problem.get("title").asText()).isEqualTo(HttpStatus.valueOf(refused.getStatusCode().value())
          .getReasonPhrase());
      assertThat(problem.get("type").asText()).isEqualTo("about:blank");
      assertThat(problem.get("detail").asText()).isNotBlank();
      assertThat(problem.get("instance").asText()).startsWith("/api/applications");
    }
    assertThat(List.of(anonymous, wrongRole, unknown)).extracting(ResponseEntity::getStatusCode)
        .containsExactly(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyThePortalAndAdministratorsSubmitApplications() {
    assertThat(post("reviewer.turkistan", TestApplications.validJson(Region.TURKISTAN)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("admin", "admin", TestApplications.validJson(Region.TURKISTAN)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void thePortalWithdrawsACandidateAndACoordinatorMustGiveAReason() throws Exception {
    String first = json.readTree(post("portal", TestApplications.validJson(Region.ABAI)).getBody())
        .get("applicationNumber").asText();
    String second = json.readTree(post("portal", TestApplications.validJson(Region.ABAI)).getBody())
        .get("applicationNumber").asText();

    assertThat(send("reviewer.turkistan", "/api/applications/" + first + "/withdrawal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason = send("coordinator", "/api/applications/" + first + "/withdrawal", Map.of());
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noReason.getBody()).get("errors").findValuesAsText("field")).containsExactly("reason");

    assertThat(send("portal", "/api/applications/" + first + "/withdrawal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(send("coordinator", "/api/applications/" + second + "/withdrawal",
        Map.of("reason", "Duplicate registration in another region")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send("portal", "/api/applications/" + first + "/withdrawal", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(applications.findByApplicationNumber(second).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void personalDataIsShownOnlyToTheRegionsReviewersAndAdministrators() throws Exception {
    Map<String, Object> body = TestApplications.validJson(Region.KARAGANDA);
    String number = json.readTree(post("portal", body).getBody()).get("applicationNumber").asText();
    String path = "/api/applications/" + number;

    JsonNode forReviewer = json.readTree(
        http.withBasicAuth("reviewer.karaganda", "demo").getForEntity(path, String.class).getBody());
    assertThat(forReviewer.get("iin").asText()).isEqualTo(body.get("iin"));
    assertThat(forReviewer.get("email").asText()).isEqualTo(body.get("email"));

    JsonNode forProcessOwner = json.readTree(
        http.withBasicAuth("process.owner", "demo").getForEntity(path, String.class).getBody());
    assertThat(forProcessOwner.get("iin").asText()).isEqualTo(Iin.mask(body.get("iin").toString()));
    assertThat(forProcessOwner.has("email")).isFalse();
    assertThat(forProcessOwner.has("lastName")).isFalse();

    assertThat(http.withBasicAuth("reviewer.almaty", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("trainer", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("portal", "demo").getForEntity("/api/applications/2000-TUR-99999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body) {
    return post(user, "demo", body);
  }

  private ResponseEntity<String> post(String user, String password, Map<String, Object> body) {
    return http.withBasicAuth(user, password).exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), String.class);
  }

  private ResponseEntity<String> send(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()),
        String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }


  private static Arguments bad(String field, Consumer<Map<String, Object>> breakIt) {
    Map<String, Object> body = TestApplications.validJson(Region.TURKISTAN);
    breakIt.accept(body);
    return Arguments.of(field, body);
  }
}
