package kz.edu.leaders.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the platform hands out (a certificate, a trail, a data export, a report, a candidate's
 * document). It is rendered whole in memory before its first byte leaves, and goes out with its length
 * and its SHA-256 ({@code Repr-Digest}, RFC 9530): a response cut short by a crash or a network fault
 * is recognisably short to any client and is never taken for the file.
 */
public final class Download {

  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Download() {
  }

  /** Saved by the browser under this name. */
  public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
    return ResponseEntity.ok().headers(headers(ContentDisposition.attachment(), fileName, type, body)).body(body);
  }

  public static ResponseEntity<byte[]> csv(String fileName, String table) {
    return attachment(fileName, CSV, table.getBytes(StandardCharsets.UTF_8));
  }

  /** Shown in the browser (a document a reviewer opens beside the form). */
  public static HttpHeaders inline(String fileName, MediaType type, byte[] body) {
    return headers(ContentDisposition.inline(), fileName, type, body);
  }

  private static HttpHeaders headers(ContentDisposition.Builder disposition, String fileName, MediaType type,
      byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentLength(body.length);
    headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
    headers.set("Repr-Digest", reprDigest(body));
    return headers;
  }

  /** The {@code Repr-Digest} field's value for this body. */
  public static String reprDigest(byte[] body) {
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
  }

  public static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
