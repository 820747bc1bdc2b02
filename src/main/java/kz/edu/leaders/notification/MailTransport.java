package kz.edu.leaders.notification;

import jakarta.mail.internet.MimeMessage;

/** Where mail goes: an .eml file in the default run, an SMTP server elsewhere. */
public interface MailTransport {

  /** Hands the message over; throws when the transport did not take it. */
  void send(MimeMessage message) throws Exception;
}
