package kz.edu.leaders.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answered correction request: the field, its old and new value, why, who and when. */
@Entity
@Table(name = "data_correction")
public class DataCorrection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(nullable = false)
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(nullable = false)
  private String reason;

  @Column(name = "corrected_by", nullable = false)
  private String correctedBy;

  @Column(name = "corrected_at", nullable = false)
  private Instant correctedAt;

  protected DataCorrection() {
  }

  DataCorrection(long applicationId, String field, String oldValue, String newValue, String reason,
      String correctedBy, Instant correctedAt) {
    this.applicationId = applicationId;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
    this.correctedBy = correctedBy;
    this.correctedAt = correctedAt;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }

  public String getCorrectedBy() {
    return correctedBy;
  }

  public Instant getCorrectedAt() {
    return correctedAt;
  }
}
