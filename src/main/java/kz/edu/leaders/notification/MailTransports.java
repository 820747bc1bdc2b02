package kz.edu.leaders.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.validation.annotation.Validated;

/**
 * The one mail transport, named by {@code leaders.mail.transport}: {@code file} unless told otherwise,
 * so every profile starts with no mail server; {@code smtp} only with a server to talk to.
 */
@Configuration
@EnableConfigurationProperties(MailTransports.Settings.class)
class MailTransports {

  private static final Logger LOG = LoggerFactory.getLogger(MailTransports.class);

  enum Transport { FILE, SMTP }

  /**
   * The mail settings ({@code leaders.mail.*}).
   *
   * @param transport file: each mail becomes an .eml file in the directory (no mail server needed); smtp:
   *     through spring.mail.host and spring.mail.port, refused at start-up without them
   * @param directory where the file transport writes
   * @param from the sender of every mail
   * @param templates the folder of the mail templates, {@code <template>.<kk|ru>.mustache}; a file: location
   *     allows live edits
   */
  @Validated
  @ConfigurationProperties("leaders.mail")
  record Settings(@NotNull @DefaultValue("file") Transport transport, @NotNull @DefaultValue("data/mail") Path directory,
      @NotBlank String from, @NotBlank @DefaultValue("classpath:/notifications/") String templates) {
  }

  @Bean
  NotificationTemplates notificationTemplates(ResourceLoader resources, Settings settings) {
    return new NotificationTemplates(resources, settings.templates());
  }

  @Bean
  MailTransport mailTransport(Settings settings, ObjectProvider<JavaMailSender> smtpServer) {
    if (settings.transport() == Transport.FILE) {
      LOG.info("Mail transport: file; each mail is written to {} (leaders.mail.directory), none is sent",
          settings.directory().toAbsolutePath());
      return new FileMailTransport(settings.directory());
    }
    // Spring Boot makes the JavaMailSender only when spring.mail.host is set
    JavaMailSender sender = smtpServer.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("leaders.mail.transport=smtp (MAIL_TRANSPORT) needs the mail server: set "
          + "spring.mail.host and spring.mail.port (SPRING_MAIL_HOST, SPRING_MAIL_PORT), or use "
          + "leaders.mail.transport=file to write each mail to leaders.mail.directory instead");
    }
    LOG.info("Mail transport: smtp through spring.mail.*");
    return new SmtpMailTransport(sender);
  }
}
