package kz.edu.leaders.document;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CandidateDocumentRepository extends JpaRepository<CandidateDocument, Long> {

  /** A version of a document without its bytes. */
  record Info(long id, long applicationId, DocumentKind kind, int version, String fileName, String contentType,
      long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
  }

  @Query("select new kz.edu.leaders.document.CandidateDocumentRepository$Info(d.id, d.applicationId, d.kind, d.version,"
      + " d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy) from CandidateDocument d"
      + " where d.applicationId = ?1 order by d.uploadedAt, d.id")
  List<Info> infoOf(long applicationId);

  @Query("select coalesce(max(d.version), 0) from CandidateDocument d where d.applicationId = ?1 and d.kind = ?2")
  int lastVersion(long applicationId, DocumentKind kind);
}
