package kz.edu.leaders.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A candidate's final interview: when, where, and which commission members sit. */
@Entity
@Table(name = "interview")
public class Interview {

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "interview_at", nullable = false)
  private Instant interviewAt;

  @Column(nullable = false)
  private String place;

  @Column(nullable = false)
  private String commission;

  @Column(name = "scheduled_by", nullable = false)
  private String scheduledBy;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  protected Interview() {
  }

  Interview(long applicationId, Instant interviewAt, String place, List<String> members, String scheduledBy,
      Instant scheduledAt) {
    this.applicationId = applicationId;
    this.interviewAt = interviewAt;
    this.place = place;
    this.commission = String.join(",", members);
    this.scheduledBy = scheduledBy;
    this.scheduledAt = scheduledAt;
  }

  public Instant getInterviewAt() {
    return interviewAt;
  }

  public String getPlace() {
    return place;
  }

  public String getScheduledBy() {
    return scheduledBy;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public List<String> members() {
    return Arrays.asList(commission.split(","));
  }
}
