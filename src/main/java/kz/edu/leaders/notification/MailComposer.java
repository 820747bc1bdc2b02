package kz.edu.leaders.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message: UTF-8 HTML, and the delivery log's Message-ID, kept on every retry. One
 * session for all messages (it only composes; the transport has its own): a session per mail read the
 * mail providers from every jar on the classpath again, which made composing a mail cost more than sending it.
 */
@Component
class MailComposer {

  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final Session COMPOSING = Session.getInstance(new Properties());
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  static {
    // Jakarta Mail looks its stream provider up through a ServiceLoader, a scan of every jar, each time
    // it encodes or decodes a header or a body (jakartaee/mail-api#861), several times a mail, also in
    // the transport; named by this property it is one Class.forName. An operator's own choice stands.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
    }
  }

  private final String from;

  MailComposer(MailTransports.Settings settings) {
    this.from = settings.from();
  }

  MimeMessage compose(OutgoingMail mail, String messageId) throws MessagingException {
    MimeMessage message = new MimeMessage(COMPOSING) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(from, true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), UTF_8);
    message.setText(mail.htmlBody(), UTF_8, "html");
    message.saveChanges();
    return message;
  }
}
