package kz.edu.leaders.reserve;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A place in the republican personnel reserve: the certificate, its term, and how it ended. */
@Entity
@Table(name = "reserve_membership")
public class ReserveMembership {

  public enum Status { VALID, EXPIRED, APPOINTED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private long applicationId;

  @Column(name = "certificate_number", nullable = false, unique = true)
  private String certificateNumber;

  @Column(name = "enrolled_on", nullable = false)
  private LocalDate enrolledOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  /** The reservist declared they would take a post outside their region. */
  @Column(name = "willing_to_relocate", nullable = false)
  private boolean willingToRelocate;

  @Column(name = "appointed_vacancy_id")
  private Long appointedVacancyId;

  protected ReserveMembership() {
  }

  ReserveMembership(long applicationId, String certificateNumber, LocalDate enrolledOn, LocalDate expiresOn) {
    this.applicationId = applicationId;
    this.certificateNumber = certificateNumber;
    this.enrolledOn = enrolledOn;
    this.expiresOn = expiresOn;
    this.status = Status.VALID;
  }

  void end(Status how, LocalDate on) {
    status = how;
    endedOn = on;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public LocalDate getEnrolledOn() {
    return enrolledOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public boolean isWillingToRelocate() {
    return willingToRelocate;
  }

  void declareRelocation(boolean willing) {
    willingToRelocate = willing;
  }

  public Long getAppointedVacancyId() {
    return appointedVacancyId;
  }
}
