package kz.edu.leaders.notification;

import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Zero-setup delivery: each mail becomes an .eml file (open it in any mail client) in leaders.mail.directory. */
class FileMailTransport implements MailTransport {

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path directory;

  FileMailTransport(Path directory) {
    this.directory = directory;
  }

  @Override
  public void send(MimeMessage message) throws Exception {
    Files.createDirectories(directory);
    // sorted by when they were written (real time) in a file listing; the Message-ID keeps names unique
    String name = FILE_TIME.format(LocalDateTime.now()) + "-" + message.getMessageID().replaceAll("[^A-Za-z0-9.-]", "")
        + ".eml";
    Path partial = Files.createTempFile(directory, "sending-", ".tmp");
    try (OutputStream out = Files.newOutputStream(partial)) {
      message.writeTo(out);
    }
    // a reader never sees half a mail
    Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
