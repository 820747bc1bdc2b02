package kz.edu.leaders.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Builds the MIME message: UTF-8 HTML, and the delivery log's Message-ID, kept on every retry. */
@Component
class MailComposer {

  private final String from;

  MailComposer(MailTransports.Settings settings) {
    this.from = settings.from();
  }

  MimeMessage compose(OutgoingMail mail, String messageId) throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.htmlBody(), true);
    message.saveChanges();
    return message;
  }
}
