package kz.edu.leaders.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who mentors a candidate, whether the coordinator took a proposal or overrode it (and why). */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private long applicationId;

  @Column(name = "mentor_id", nullable = false)
  private long mentorId;

  @Column(nullable = false)
  private boolean proposed;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  protected MentorAssignment() {
  }

  MentorAssignment(long applicationId, long mentorId, boolean proposed, String overrideReason, String assignedBy,
      Instant assignedAt) {
    this.applicationId = applicationId;
    this.mentorId = mentorId;
    this.proposed = proposed;
    this.overrideReason = overrideReason;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  /**
   * A candidate back in training after an appeal gets a mentor again on their one assignment row; the
   * earlier mentor stays on the auditor's trail (the earlier Assign mentor task and its form values).
   */
  void reassign(long mentorId, boolean proposed, String overrideReason, String assignedBy, Instant assignedAt) {
    this.mentorId = mentorId;
    this.proposed = proposed;
    this.overrideReason = overrideReason;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
    this.releasedAt = null;
  }

  void release(Instant at) {
    releasedAt = at;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getMentorId() {
    return mentorId;
  }

  public boolean isProposed() {
    return proposed;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }
}
