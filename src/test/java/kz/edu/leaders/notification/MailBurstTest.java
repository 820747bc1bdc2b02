package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ranking's worth of mails falling due at once, run by the job executor as in production (its
 * threads and lock time from application.yml) on a pool sized by the connection pool rule with
 * little room for requests (job threads × 2 + 2 connections: 8 × 2 + 2 = 18): every mail goes out once, and none
 * waits for a connection.
 */
@IntegrationTest
@TestPropertySource(properties = {
    "camunda.bpm.job-execution.enabled=true",
    // an engine of its own name: closing this context must not unregister the shared context's "default",
    // which the engine REST API of every other test looks up by name
    "camunda.bpm.process-engine-name=mailburst",
    "leaders.connection-pool.request-connections=2",
    // a job waiting for its second connection fails within seconds instead of the production 30
    "spring.datasource.hikari.connection-timeout=5000"})
// its job executor must not outlive the class and run the jobs that other tests drive by hand
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailBurstTest {

  private static final int MAILS = 100;

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
  TransactionTemplate transaction;

  @Test
  void aHundredMailsDueAtOnceAreEachSentOnceWithoutWaitingForAConnection() throws Exception {
    Application candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    String deployment = repositoryService.createDeployment()
        .addClasspathResource("test-processes/notification-burst.bpmn").deploy().getId();
    try {
      // one commit, so the job executor finds all hundred due together
      List<String> instances = transaction.execute(status -> IntStream.range(0, MAILS)
          .mapToObj(i -> runtimeService.startProcessInstanceByKey("notification-burst-test",
              Map.of(CandidateJourney.APPLICATION_ID.name(), candidate.getId())).getId())
          .toList());

      awaitAllEnded(instances, Duration.ofMinutes(3));

      List<Notification> logged = notifications.findByApplicationIdOrderByCreatedAtAsc(candidate.getId()).stream()
          .filter(n -> instances.contains(n.getProcessInstanceId())).toList();
      assertThat(logged).hasSize(MAILS).allSatisfy(n -> {
        assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(n.getAttempts()).as("sent at the first attempt, no connection timeout").isEqualTo(1);
      });
      Set<String> sentIds = logged.stream().map(Notification::getMessageId).collect(Collectors.toSet());
      long received = TestMailServer.mailsTo(candidate.getEmail()).stream()
          .filter(mail -> sentIds.contains(messageId(mail))).count();
      assertThat(received).isEqualTo(MAILS);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private void awaitAllEnded(List<String> instances, Duration patience) throws InterruptedException {
    Instant giveUp = Instant.now().plus(patience);
    while (runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-burst-test")
        .processInstanceIds(Set.copyOf(instances)).count() > 0) {
      assertThat(managementService.createJobQuery().processDefinitionKey("notification-burst-test")
          .withException().count()).as("failed mail jobs").isZero();
      assertThat(Instant.now()).as("all mails sent in time").isBefore(giveUp);
      Thread.sleep(250);
    }
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
