package kz.edu.leaders;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the integration tests, on a fixed free port so a test can stop
 * it (the mail server is down) and start it again on the same address.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static GreenMail server;
  /** GreenMail forgets its mail when stopped; what it had received is kept here. */
  private static final List<MimeMessage> beforeOutages = new ArrayList<>();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    GreenMail smtp = server();
    TestPropertyValues.of(
        "leaders.mail.transport=smtp",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + smtp.getSmtp().getPort()).applyTo(context);
  }

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }

  /** The server down: what it received so far is kept ({@link #received()}), as a real one keeps its mailboxes. */
  public static synchronized void stop() {
    if (server().isRunning()) {
      beforeOutages.addAll(List.of(server().getReceivedMessages()));
      server().stop();
    }
  }

  /** Every message received, before and after any outage, oldest first. */
  public static synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new ArrayList<>(beforeOutages);
    all.addAll(List.of(server().getReceivedMessages()));
    return all;
  }

  /** Forgets every message received (a new run starts with empty mailboxes). */
  public static synchronized void purge() {
    beforeOutages.clear();
    try {
      server().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts it again after {@link #stop()}, on the same port and with its mail. */
  public static synchronized void start() {
    if (!server().isRunning()) {
      server().start();
    }
  }

  /** Every message the server received for this address, oldest first. */
  public static List<MimeMessage> mailsTo(String address) {
    return received().stream().filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded HTML body (the mails are single-part UTF-8 HTML). */
  public static String body(MimeMessage mail) {
    try {
      return (String) mail.getContent();
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
