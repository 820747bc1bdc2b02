package kz.edu.leaders.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of one of the candidate's documents. Written once, never changed: a re-upload is the
 * next version. Lists read {@link CandidateDocumentRepository.Info} rows, so only opening a document
 * loads its bytes.
 */
@Entity
@Table(name = "candidate_document")
public class CandidateDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  protected CandidateDocument() {
  }

  CandidateDocument(long applicationId, DocumentKind kind, int version, String fileName, String contentType,
      long sizeBytes, String sha256, byte[] content, Instant uploadedAt, String uploadedBy) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.version = version;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.content = content;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
