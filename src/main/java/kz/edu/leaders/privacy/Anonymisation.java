package kz.edu.leaders.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the anonymisation log: the application, when, and the retention period that ended. */
@Entity
@Table(name = "anonymisation")
public class Anonymisation {

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "anonymised_at", nullable = false)
  private Instant anonymisedAt;

  @Column(nullable = false)
  private String retention;

  protected Anonymisation() {
  }

  Anonymisation(long applicationId, Instant anonymisedAt, String retention) {
    this.applicationId = applicationId;
    this.anonymisedAt = anonymisedAt;
    this.retention = retention;
  }

  public Instant getAnonymisedAt() {
    return anonymisedAt;
  }
}
