package kz.edu.leaders.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Delivery through the SMTP server configured under spring.mail (Mailpit in docker-compose). */
@Component
@ConditionalOnProperty(name = "leaders.mail.transport", havingValue = "smtp")
public class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;

  public SmtpMailTransport(JavaMailSender sender) {
    this.sender = sender;
  }

  @Override
  public void send(MimeMessage message) {
    sender.send(message);
  }
}
