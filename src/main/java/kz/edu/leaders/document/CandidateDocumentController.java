package kz.edu.leaders.document;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import kz.edu.leaders.config.Download;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The candidate's documents: the portal uploads them, the screening task's workers open them. */
@RestController
public class CandidateDocumentController {

  /**
   * What a document shown in the browser may do: nothing but be itself (a PDF in the browser's
   * viewer, an image), never inside another page.
   */
  private static final String DOCUMENT_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
      + " object-src 'self'; frame-ancestors 'none'";

  private final CandidateDocuments documents;

  public CandidateDocumentController(CandidateDocuments documents) {
    this.documents = documents;
  }

  /** What the portal is told about a stored version; never the bytes. */
  public record Uploaded(long id, String kind, int version, String fileName, String contentType, long size,
      String sha256, Instant uploadedAt) {

    static Uploaded of(CandidateDocumentRepository.Info info) {
      return new Uploaded(info.id(), info.kind().slug(), info.version(), info.fileName(), info.contentType(),
          info.sizeBytes(), info.sha256(), info.uploadedAt());
    }
  }

  /** One of the checklist's documents (multipart field {@code file}): a new version of that kind. */
  @PostMapping("/api/applications/{applicationNumber}/documents/{kind}")
  public ResponseEntity<Uploaded> upload(@PathVariable String applicationNumber, @PathVariable String kind,
      @RequestParam("file") MultipartFile file, Authentication authentication) throws IOException {
    CandidateDocumentRepository.Info stored = documents.upload(applicationNumber, kind, file.getOriginalFilename(),
        file.getBytes(), CurrentUser.of(authentication).userId());
    return ResponseEntity.created(URI.create("/api/applications/" + applicationNumber + "/documents/"
        + stored.kind().slug() + "/" + stored.version())).body(Uploaded.of(stored));
  }

  /** Opens a document in the browser for a worker of the open screening task (HTTP Basic or the Tasklist session). */
  @GetMapping("/api/screening-tasks/{taskId}/documents/{documentId}")
  public ResponseEntity<byte[]> open(@PathVariable String taskId, @PathVariable long documentId,
      Authentication authentication) {
    CandidateDocuments.Opened document = documents.open(taskId, documentId, CurrentUser.of(authentication));
    return ResponseEntity.ok()
        .headers(Download.inline(document.fileName(), MediaType.parseMediaType(document.contentType()),
            document.content()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", DOCUMENT_POLICY)
        .body(document.content());
  }
}
