package kz.edu.leaders;

import kz.edu.leaders.config.Download;
import org.assertj.core.api.Assertions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What any client can check of a file the platform hands out: its length and its digest match what came. */
public final class WholeDownload {

  private WholeDownload() {
  }

  public static byte[] of(ResponseEntity<byte[]> response) {
    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] body = response.getBody();
    Assertions.assertThat(body).isNotEmpty();
    Assertions.assertThat(response.getHeaders().getContentLength()).as("Content-Length").isEqualTo(body.length);
    Assertions.assertThat(response.getHeaders().getFirst("Repr-Digest")).as("Repr-Digest")
        .isEqualTo(Download.reprDigest(body));
    Assertions.assertThat(response.getHeaders().getContentDisposition().getFilename()).as("file name").isNotBlank();
    return body;
  }
}
