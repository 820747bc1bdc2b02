package kz.edu.leaders.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The candidate's reflective report for the final assessment. */
@Entity
@Table(name = "final_report")
public class FinalReport {

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(nullable = false)
  private String report;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FinalReport() {
  }

  FinalReport(long applicationId, String report, Instant submittedAt) {
    this.applicationId = applicationId;
    this.report = report;
    this.submittedAt = submittedAt;
  }

  public String getReport() {
    return report;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
