package kz.edu.leaders.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post offered to a reservist, who accepts or declines it by a deadline. */
@Entity
@Table(name = "vacancy_offer")
public class VacancyOffer {

  /** RELEASED: the reservist left the programme, or could no longer take the post they had accepted. */
  public enum Status { PENDING, ACCEPTED, DECLINED, EXPIRED, APPOINTED, RELEASED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vacancy_id", nullable = false)
  private long vacancyId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "offered_by", nullable = false)
  private String offeredBy;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Column(name = "answer_due", nullable = false)
  private Instant answerDue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** The reservist's id while the offer is open: unique, so nobody holds two open offers. */
  @Column(name = "open_for_application_id", unique = true)
  private Long openForApplicationId;

  protected VacancyOffer() {
  }

  VacancyOffer(long vacancyId, long applicationId, String offeredBy, Instant offeredAt, Instant answerDue) {
    this.vacancyId = vacancyId;
    this.applicationId = applicationId;
    this.offeredBy = offeredBy;
    this.offeredAt = offeredAt;
    this.answerDue = answerDue;
    this.status = Status.PENDING;
    this.openForApplicationId = applicationId;
  }

  void answer(boolean accepted, Instant at) {
    status = accepted ? Status.ACCEPTED : Status.DECLINED;
    answeredAt = at;
    if (!accepted) {
      openForApplicationId = null;
    }
  }

  void close(Status how) {
    status = how;
    openForApplicationId = null;
  }

  public Long getId() {
    return id;
  }

  public long getVacancyId() {
    return vacancyId;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getOfferedBy() {
    return offeredBy;
  }

  public Instant getOfferedAt() {
    return offeredAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getAnswerDue() {
    return answerDue;
  }

  public Status getStatus() {
    return status;
  }
}
