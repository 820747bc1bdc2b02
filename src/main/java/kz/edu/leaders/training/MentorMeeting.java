package kz.edu.leaders.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One meeting of a mentor with their trainee, as the mentor logged it. */
@Entity
@Table(name = "mentor_meeting")
public class MentorMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "mentor_id", nullable = false)
  private long mentorId;

  @Column(name = "met_on", nullable = false)
  private LocalDate metOn;

  @Column(nullable = false)
  private String topic;

  private String notes;

  @Column(name = "logged_by", nullable = false)
  private String loggedBy;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  protected MentorMeeting() {
  }

  MentorMeeting(long applicationId, long mentorId, LocalDate metOn, String topic, String notes, String loggedBy,
      Instant loggedAt) {
    this.applicationId = applicationId;
    this.mentorId = mentorId;
    this.metOn = metOn;
    this.topic = topic;
    this.notes = notes;
    this.loggedBy = loggedBy;
    this.loggedAt = loggedAt;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public String getTopic() {
    return topic;
  }

  public String getNotes() {
    return notes;
  }

  public String getLoggedBy() {
    return loggedBy;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
