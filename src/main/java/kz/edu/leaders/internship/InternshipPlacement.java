package kz.edu.leaders.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a candidate interns, whether the coordinator took a proposal (or why not), and their report. */
@Entity
@Table(name = "internship_placement")
public class InternshipPlacement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private long applicationId;

  @Column(name = "period_id", nullable = false)
  private long periodId;

  @Column(nullable = false)
  private boolean proposed;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "placed_by", nullable = false)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column
  private String report;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  protected InternshipPlacement() {
  }

  InternshipPlacement(long applicationId, long periodId, boolean proposed, String overrideReason, String placedBy,
      Instant placedAt) {
    this.applicationId = applicationId;
    this.periodId = periodId;
    this.proposed = proposed;
    this.overrideReason = overrideReason;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
  }

  void release(Instant at) {
    releasedAt = at;
  }

  void submitReport(String text, Instant at) {
    report = text;
    reportSubmittedAt = at;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getPeriodId() {
    return periodId;
  }

  public boolean isProposed() {
    return proposed;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public String getReport() {
    return report;
  }

  public Instant getReportSubmittedAt() {
    return reportSubmittedAt;
  }
}
