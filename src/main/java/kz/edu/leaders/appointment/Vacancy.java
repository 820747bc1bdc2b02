package kz.edu.leaders.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import kz.edu.leaders.school.School;

/** A vacant head or deputy-head post, and how it was filled: by a reservist, or by the ordinary competition. */
@Entity
@Table(name = "vacancy")
public class Vacancy {

  public enum Status { OPEN, APPOINTED, COMPETITION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "school_id", nullable = false)
  private School school;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LeadershipPost post;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "appointed_application_id")
  private Long appointedApplicationId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "order_date")
  private LocalDate orderDate;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closing_note")
  private String closingNote;

  protected Vacancy() {
  }

  Vacancy(School school, LeadershipPost post, LocalDate opensOn, String registeredBy, Instant registeredAt) {
    this.school = school;
    this.post = post;
    this.opensOn = opensOn;
    this.status = Status.OPEN;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void appoint(long applicationId, String orderNumber, LocalDate orderDate, Instant at) {
    this.status = Status.APPOINTED;
    this.appointedApplicationId = applicationId;
    this.orderNumber = orderNumber;
    this.orderDate = orderDate;
    this.closedAt = at;
  }

  void toCompetition(String note, Instant at) {
    this.status = Status.COMPETITION;
    this.closingNote = note;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public LeadershipPost getPost() {
    return post;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public Status getStatus() {
    return status;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getAppointedApplicationId() {
    return appointedApplicationId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public LocalDate getOrderDate() {
    return orderDate;
  }

  public String getClosingNote() {
    return closingNote;
  }
}
