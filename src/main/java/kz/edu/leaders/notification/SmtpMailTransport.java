package kz.edu.leaders.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Delivery through the SMTP server configured under spring.mail (Mailpit in docker-compose). */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;

  SmtpMailTransport(JavaMailSender sender) {
    this.sender = sender;
  }

  @Override
  public void send(MimeMessage message) {
    sender.send(message);
  }
}
