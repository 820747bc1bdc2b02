package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Mail that is never lost and never sent twice: SMTP outages, incidents, crashes, the daily digest. */
@IntegrationTest
class NotificationDeliveryTest {

  private static final String RECEIPT = "Task_NotifyApplicationReceived";

  @Autowired
  TestJourneys journeys;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;

  private Application application;

  @BeforeEach
  void aCandidateApplies() {
    application = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(application, "Task_CheckEligibility");
  }

  @AfterEach
  void mailServerAndClockBackToNormal() {
    TestMailServer.start();
    ClockUtil.reset();
  }

  @Test
  void theReceiptIsLoggedWithItsMessageId() throws Exception {
    managementService.executeJob(receiptJob().getId());

    List<MimeMessage> mails = TestMailServer.mailsTo(application.getEmail());
    assertThat(mails).hasSize(1);
    Notification logged = notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId()).get(0);
    assertThat(logged.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(logged.getTemplate()).isEqualTo("application-received");
    assertThat(logged.getLanguage()).isEqualTo("kk");
    assertThat(logged.getAttempts()).isEqualTo(1);
    assertThat(logged.getRecipient()).isEqualTo(application.getEmail());
    assertThat(mails.get(0).getMessageID()).isEqualTo(logged.getMessageId());
    assertThat(logged.getSentAt()).isNotNull();
  }

  @Test
  void theDeliveryLogIsReadableThroughTheApiWithTheAddressForTheRegionOnly() throws Exception {
    managementService.executeJob(receiptJob().getId());
    String path = "/api/applications/" + application.getApplicationNumber() + "/notifications";

    JsonNode forReviewer = json.readTree(http.withBasicAuth("reviewer.turkistan", "demo")
        .getForEntity(path, String.class).getBody());
    assertThat(forReviewer.get(0).get("template").asText()).isEqualTo("application-received");
    assertThat(forReviewer.get(0).get("status").asText()).isEqualTo("SENT");
    assertThat(forReviewer.get(0).get("recipient").asText()).isEqualTo(application.getEmail());

    JsonNode forProcessOwner = json.readTree(http.withBasicAuth("process.owner", "demo")
        .getForEntity(path, String.class).getBody());
    assertThat(forProcessOwner.get(0).get("status").asText()).isEqualTo("SENT");
    assertThat(forProcessOwner.get(0).has("recipient")).isFalse();
    assertThat(http.withBasicAuth("reviewer.almaty", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void whileTheMailServerIsDownTheMailWaitsAsAnIncidentAndGoesOutOnceWhenResolved() {
    TestMailServer.stop();
    Job job = receiptJob();
    int attempts = 0;
    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("not sent");
      attempts++;
    }

    assertThat(attempts).isEqualTo(5);
    Incident incident = runtimeService.createIncidentQuery().configuration(job.getId())
        .processInstanceId(job.getProcessInstanceId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(RECEIPT);
    Notification failed = onlyNotification();
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(5);
    assertThat(failed.getLastError()).contains("Connect");

    TestMailServer.start();
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(TestMailServer.mailsTo(application.getEmail())).hasSize(1);
    assertThat(onlyNotification().getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(onlyNotification().getAttempts()).isEqualTo(6);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void aCrashAfterSendingButBeforeCommitDoesNotSendTwice() {
    String deployment = repositoryService.createDeployment()
        .addClasspathResource("test-processes/notification-crash.bpmn").deploy().getId();
    try {
      String instance = runtimeService.startProcessInstanceByKey("notification-crash-test",
          Map.of(CandidateJourney.APPLICATION_ID.name(), application.getId())).getId();
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      CrashOnce.CRASH_NEXT.set(true);

      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("simulated crash");
      assertThat(TestMailServer.mailsTo(application.getEmail())).hasSize(1);

      managementService.executeJob(job.getId());

      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(TestMailServer.mailsTo(application.getEmail())).hasSize(1);
      assertThat(notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId()))
          .filteredOn(n -> n.getProcessInstanceId().equals(instance)).singleElement()
          .satisfies(n -> assertThat(n.getAttempts()).isEqualTo(1));
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void reviewersGetOneDigestADayOfTheirOverdueTasks() throws Exception {
    // past the cohort's screening deadline (applications close in 30 days, screening 14 days later)
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(60, ChronoUnit.DAYS)));

    String firstRun = runtimeService.startProcessInstanceByKey("overdue-digest").getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(firstRun).singleResult().getId());
    String secondRun = runtimeService.startProcessInstanceByKey("overdue-digest").getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(secondRun).singleResult().getId());

    List<MimeMessage> digests = TestMailServer.mailsTo("reviewer.turkistan@leaders.example.kz").stream()
        .filter(mail -> TestMailServer.subject(mail).startsWith("Мерзімі өткен тапсырмалар")).toList();
    assertThat(digests).hasSize(1);
    assertThat(TestMailServer.body(digests.get(0))).contains(application.getApplicationNumber())
        .contains("Просроченных задач:").contains("Құжаттарды тексеру / Проверка документов")
        .containsPattern("срок: \\d{2}\\.\\d{2}\\.\\d{4}\\)");
    assertThat(TestMailServer.mailsTo("reviewer.almaty@leaders.example.kz"))
        .noneMatch(mail -> TestMailServer.body(mail).contains(application.getApplicationNumber()));
  }

  private Job receiptJob() {
    return managementService.createJobQuery().processInstanceId(application.getProcessInstanceId())
        .activityId(RECEIPT).singleResult();
  }

  private Notification onlyNotification() {
    List<Notification> logged = notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId());
    assertThat(logged).hasSize(1);
    return logged.get(0);
  }
}
