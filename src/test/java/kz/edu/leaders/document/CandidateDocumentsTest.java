package kz.edu.leaders.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.WebappLogin;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidate's documents: uploaded by the portal (each kind, types told by content, size, state),
 * opened from the screening task by its workers only (HTTP Basic and the Tasklist session), each look
 * on the auditor's trail, and closed once the task is done.
 */
@IntegrationTest
class CandidateDocumentsTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationService applications;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ObjectMapper json;
  @Autowired
  CandidateDocumentRepository repository;
  @Autowired
  CandidateDocuments documents;
  @Autowired
  TransactionTemplate transaction;

  @Test
  void thePortalUploadsEachKindAndTheContentDecidesTheType() throws Exception {
    Application candidate = atScreening();
    String number = candidate.getApplicationNumber();
    Map<String, byte[]> kinds = Map.of("identity-document", JPEG, "diploma", PDF, "employment-record", PDF,
        "post-confirmation", PNG, "APPLICATION_FORM", PDF);
    for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
      ResponseEntity<String> stored = upload("portal", number, kind.getKey(), "scan.bin", kind.getValue());
      assertThat(stored.getStatusCode()).as(kind.getKey()).isEqualTo(HttpStatus.CREATED);
      assertThat(json.readTree(stored.getBody()).get("version").asInt()).isEqualTo(1);
    }

    // a .pdf name with PNG bytes is a PNG: the stored type is the one the content shows
    JsonNode renamed = json.readTree(upload("portal", number, "diploma", "diploma.pdf", PNG).getBody());
    assertThat(renamed.get("contentType").asText()).isEqualTo("image/png");
    assertThat(renamed.get("version").asInt()).isEqualTo(2);
    assertThat(renamed.get("kind").asText()).isEqualTo("diploma");
    assertThat(renamed.get("sha256").asText()).hasSize(64);

    assertRefused(upload("portal", number, "diploma", "diploma.pdf", EXE), HttpStatus.BAD_REQUEST, "file",
        "Файл должен быть в формате PDF, JPEG или PNG");
    assertRefused(upload("portal", number, "diploma", "empty.pdf", new byte[0]), HttpStatus.BAD_REQUEST, "file",
        "Загруженный файл пуст");
    byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    assertRefused(upload("portal", number, "diploma", "big.pdf", tooLarge), HttpStatus.BAD_REQUEST, "file",
        "Размер файла не должен превышать 10 МБ");
    assertRefused(upload("portal", number, "passport-photo", "p.pdf", PDF), HttpStatus.BAD_REQUEST, "kind",
        "Такого вида документа нет; виды: identity-document, diploma");
    assertRefused(upload("portal", "2026-TUR-99999", "diploma", "d.pdf", PDF), HttpStatus.NOT_FOUND, null, null);
    assertThat(upload("reviewer.turkistan", number, "diploma", "d.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // six versions kept, the old diploma among them
    assertThat(repository.infoOf(candidate.getId())).hasSize(6)
        .filteredOn(info -> info.kind() == DocumentKind.DIPLOMA).extracting(CandidateDocumentRepository.Info::version)
        .containsExactly(1, 2);
  }

  @Test
  void theRegionsReviewerOpensTheDocumentFromTheTaskAndTheLookIsOnTheTrail() throws Exception {
    Application candidate = atScreening();
    String number = candidate.getApplicationNumber();
    long documentId = json.readTree(upload("portal", number, "diploma", "Диплом (копия).pdf", PDF).getBody())
        .get("id").asLong();
    Task task = screeningTask(candidate);

    // the task created before the upload links it now
    String links = (String) taskService.getVariableLocal(task.getId(), PersonalDataVariables.CANDIDATE_DOCUMENTS);
    assertThat(links).contains(CandidateDocuments.path(task.getId(), documentId))
        .contains("жүктелмеген / не загружен");

    ResponseEntity<byte[]> opened = open("reviewer.turkistan", task.getId(), documentId);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(opened.getBody()).isEqualTo(PDF);
    assertThat(opened.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(opened.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;");
    assertThat(opened.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(opened.getHeaders().get("Content-Security-Policy")).singleElement().asString()
        .startsWith("default-src 'none'");
    assertThat(opened.getHeaders().getCacheControl()).contains("no-store");
    assertThat(open("admin", task.getId(), documentId).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (String outsider : List.of("reviewer.almaty", "process.owner", "auditor", "portal", "coordinator")) {
      assertThat(open(outsider, task.getId(), documentId).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.getForEntity(CandidateDocuments.path(task.getId(), documentId), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // another candidate's document is not this task's
    Application other = atScreening();
    long othersDocument = json.readTree(upload("portal", other.getApplicationNumber(), "diploma", "d.pdf", PDF)
        .getBody()).get("id").asLong();
    assertThat(open("reviewer.turkistan", task.getId(), othersDocument).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String trail = http.withBasicAuth("auditor", "demo").getForObject("/api/audit/applications/" + number, String.class);
    assertThat(trail).contains("diploma v1 uploaded by portal").contains("diploma v1 viewed by reviewer.turkistan")
        .contains("diploma v1 viewed by admin").doesNotContain("viewed by reviewer.almaty");

    // done: the link opens nothing any more, and the application takes no more documents
    complete(candidate, task);
    assertThat(open("reviewer.turkistan", task.getId(), documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(open("admin", task.getId(), documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertRefused(upload("portal", number, "diploma", "d.pdf", PDF), HttpStatus.CONFLICT, null,
        "сейчас не принимает документы");
  }

  @Test
  void aLinkInTasklistOpensWithTheWebappSession() throws Exception {
    Application candidate = atScreening();
    long documentId = json.readTree(upload("portal", candidate.getApplicationNumber(), "identity-document", "id.png",
        PNG).getBody()).get("id").asLong();
    Task task = screeningTask(candidate);
    String path = CandidateDocuments.path(task.getId(), documentId);

    String turkistan = webappSession("reviewer.turkistan");
    ResponseEntity<byte[]> opened = withCookie(turkistan, path);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(opened.getBody()).isEqualTo(PNG);
    assertThat(opened.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);

    assertThat(withCookie(webappSession("reviewer.almaty"), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withCookie(webappSession("auditor", "cockpit"), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withCookie("JSESSIONID=no-such-session", path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the session opens documents, nothing else of the API
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, turkistan);
    assertThat(http.exchange("/api/applications/" + candidate.getApplicationNumber(), HttpMethod.GET,
        new HttpEntity<>(headers), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    String trail = http.withBasicAuth("auditor", "demo")
        .getForObject("/api/audit/applications/" + candidate.getApplicationNumber(), String.class);
    assertThat(trail).contains("identity-document v1 viewed by reviewer.turkistan");
  }

  @Test
  void theCandidateAskedForADocumentSendsItAndTheNextTaskLinksIt() throws Exception {
    Application candidate = atScreening();
    String number = candidate.getApplicationNumber();
    Task first = screeningTask(candidate);
    Map<String, Object> incomplete = Map.of(CandidateJourney.DOCUMENTS_DECISION, "incomplete",
        CandidateJourney.MISSING_DOCUMENTS, "Еңбек кітапшасы / Трудовая книжка");
    asReviewer(candidate, () -> {
      taskService.claim(first.getId(), "reviewer.turkistan");
      taskService.complete(first.getId(), incomplete);
    });
    journeys.runJobs(candidate, "Task_ScreenDocuments", "Task_NotifyDocumentsIncomplete");
    long documentId = json.readTree(upload("portal", number, "employment-record", "record.jpg", JPEG).getBody())
        .get("id").asLong();
    assertThat(http.withBasicAuth("portal", "demo").postForEntity("/api/applications/" + number + "/documents", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    Task second = screeningTask(candidate);
    assertThat((String) taskService.getVariableLocal(second.getId(), PersonalDataVariables.CANDIDATE_DOCUMENTS))
        .contains(CandidateDocuments.path(second.getId(), documentId));
    assertThat(open("reviewer.turkistan", second.getId(), documentId).getBody()).isEqualTo(JPEG);
    assertThat(open("reviewer.turkistan", first.getId(), documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * The portal uploads while the job that creates the screening task runs: whichever commits first,
   * the reviewer's form lists the document (seen in a demo start: a task without the employment record).
   */
  @Test
  void aDocumentUploadedWhileTheTaskIsCreatedIsOnItsForm() throws Exception {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    CountDownLatch uploaded = new CountDownLatch(1);
    ExecutorService portalAndEngine = Executors.newFixedThreadPool(2);
    try {
      Future<?> upload = portalAndEngine.submit(() -> transaction.executeWithoutResult(status -> {
        documents.upload(candidate.getApplicationNumber(), "diploma", "diploma.pdf", PDF, "portal");
        uploaded.countDown();
        // held open while the task is created, as a slow upload is (well within H2's 2 s lock timeout)
        sleepQuietly(Duration.ofSeconds(1));
      }));
      Future<?> creating = portalAndEngine.submit(() -> {
        assertThat(uploaded.await(10, TimeUnit.SECONDS)).isTrue();
        journeys.runJobs(candidate, "Task_CheckEligibility");
        return null;
      });
      upload.get(30, TimeUnit.SECONDS);
      creating.get(30, TimeUnit.SECONDS);
    } finally {
      portalAndEngine.shutdownNow();
    }

    Task task = screeningTask(candidate);
    assertThat((String) taskService.getVariableLocal(task.getId(), PersonalDataVariables.CANDIDATE_DOCUMENTS))
        .contains("diploma.pdf");
  }

  private static void sleepQuietly(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Application atScreening() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(candidate, "Task_CheckEligibility");
    return candidate;
  }

  private Task screeningTask(Application candidate) {
    return taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId())
        .taskDefinitionKey(CandidateDocuments.SCREENING_TASK).singleResult();
  }

  private void complete(Application candidate, Task task) {
    Map<String, Object> accepted = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, true));
    accepted.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    asReviewer(candidate, () -> {
      taskService.claim(task.getId(), "reviewer.turkistan");
      taskService.complete(task.getId(), accepted);
    });
  }

  private void asReviewer(Application candidate, Runnable step) {
    identityService.setAuthentication("reviewer.turkistan", List.of(Role.DOCUMENT_REVIEWERS.groupId(),
        Role.DOCUMENT_REVIEWERS.groupFor(candidate.getRegion())));
    try {
      step.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ResponseEntity<String> upload(String user, String number, String kind, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return http.withBasicAuth(user, WebappLogin.password(user)).exchange("/api/applications/" + number + "/documents/" + kind,
        HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  /** The refusal's status, the field it names (if any) and words of what the candidate reads (if given). */
  private void assertRefused(ResponseEntity<String> response, HttpStatus status, String field, String words)
      throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    JsonNode problem = json.readTree(response.getBody());
    if (field != null) {
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
      assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(problem.get("detail").asText());
    }
    if (words != null) {
      assertThat(problem.get("detail").asText()).contains(words).contains(" / ");
    }
  }

  private ResponseEntity<byte[]> open(String user, String taskId, long documentId) {
    return http.withBasicAuth(user, WebappLogin.password(user)).getForEntity(CandidateDocuments.path(taskId, documentId),
        byte[].class);
  }

  private ResponseEntity<byte[]> withCookie(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private String webappSession(String user) {
    return WebappLogin.session(http, user, "tasklist");
  }

  private String webappSession(String user, String app) {
    return WebappLogin.session(http, user, app);
  }
}
