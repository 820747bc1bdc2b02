package kz.edu.leaders.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer opened one of the candidate's documents from their screening task. */
@Entity
@Table(name = "candidate_document_view")
public class CandidateDocumentView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private long documentId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Column(name = "task_id", nullable = false, updatable = false)
  private String taskId;

  @Column(name = "viewed_by", nullable = false, updatable = false)
  private String viewedBy;

  @Column(name = "viewed_at", nullable = false, updatable = false)
  private Instant viewedAt;

  protected CandidateDocumentView() {
  }

  CandidateDocumentView(long documentId, long applicationId, String taskId, String viewedBy, Instant viewedAt) {
    this.documentId = documentId;
    this.applicationId = applicationId;
    this.taskId = taskId;
    this.viewedBy = viewedBy;
    this.viewedAt = viewedAt;
  }

  public long getDocumentId() {
    return documentId;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getViewedBy() {
    return viewedBy;
  }

  public Instant getViewedAt() {
    return viewedAt;
  }
}
