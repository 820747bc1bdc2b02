package kz.edu.leaders.notification;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The one mail transport, named by {@code leaders.mail.transport}: {@code file} unless told otherwise,
 * so every profile starts with no mail server; {@code smtp} only with a server to talk to.
 */
@Configuration
@EnableConfigurationProperties(MailTransports.Settings.class)
class MailTransports {

  private static final Logger LOG = LoggerFactory.getLogger(MailTransports.class);

  enum Transport { FILE, SMTP }

  @ConfigurationProperties("leaders.mail")
  record Settings(Transport transport, Path directory) {

    Settings {
      transport = transport == null ? Transport.FILE : transport;
      directory = directory == null ? Path.of("data", "mail") : directory;
    }
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
