package kz.edu.leaders.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A test sitting outside the cohort's window for one candidate, from {@code opensOn} to {@code sitBy}. */
@Entity
@Table(name = "make_up_sitting")
public class MakeUpSitting {

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "sit_by", nullable = false)
  private LocalDate sitBy;

  @Column(name = "granted_for", nullable = false)
  private String grantedFor;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected MakeUpSitting() {
  }

  MakeUpSitting(long applicationId, LocalDate opensOn, LocalDate sitBy, String grantedFor, Instant grantedAt) {
    this.applicationId = applicationId;
    this.opensOn = opensOn;
    this.sitBy = sitBy;
    this.grantedFor = grantedFor;
    this.grantedAt = grantedAt;
  }

  boolean covers(LocalDate takenOn) {
    return !takenOn.isBefore(opensOn) && !takenOn.isAfter(sitBy);
  }

  public LocalDate getSitBy() {
    return sitBy;
  }
}
