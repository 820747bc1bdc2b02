package kz.edu.leaders.internship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.edu.leaders.placement.Placement;

/** Where a candidate interns, whether the coordinator took a proposal (or why not), and their report. */
@Entity
@Table(name = "internship_placement")
@AttributeOverride(name = "placeId", column = @Column(name = "period_id", nullable = false))
@AttributeOverride(name = "chosenBy", column = @Column(name = "placed_by", nullable = false))
@AttributeOverride(name = "chosenAt", column = @Column(name = "placed_at", nullable = false))
public class InternshipPlacement extends Placement {

  @Column
  private String report;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  protected InternshipPlacement() {
  }

  InternshipPlacement(long applicationId, long periodId, boolean proposed, String overrideReason, String placedBy,
      Instant placedAt) {
    super(applicationId, periodId, proposed, overrideReason, placedBy, placedAt);
  }

  void submitReport(String text, Instant at) {
    report = text;
    reportSubmittedAt = at;
  }

  public long getPeriodId() {
    return getPlaceId();
  }

  public String getReport() {
    return report;
  }

  public Instant getReportSubmittedAt() {
    return reportSubmittedAt;
  }
}
