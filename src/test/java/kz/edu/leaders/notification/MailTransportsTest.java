package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The transport is the one named; smtp without a server stops the start with what to set. */
class MailTransportsTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(MailTransports.class).withPropertyValues("leaders.mail.from=noreply@leaders.edu.kz");

  @Test
  void withNoSettingMailIsWrittenToFiles() {
    context.run(started -> assertThat(started.getBean(MailTransport.class)).isInstanceOf(FileMailTransport.class));
  }

  @Test
  void smtpWithAServerSendsThroughIt() {
    context.withPropertyValues("leaders.mail.transport=smtp", "spring.mail.host=mail.example.kz",
            "spring.mail.port=25")
        .run(started -> assertThat(started.getBean(MailTransport.class)).isInstanceOf(SmtpMailTransport.class));
  }

  @Test
  void smtpWithoutAServerIsRefusedNamingTheSettings() {
    context.withPropertyValues("leaders.mail.transport=smtp").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("spring.mail.host and spring.mail.port")
        .hasMessageContaining("SPRING_MAIL_HOST").hasMessageContaining("leaders.mail.transport=file"));
  }
}
