package kz.edu.leaders.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail in the delivery log: who, which template and language, how many attempts, and the outcome. */
@Entity
@Table(name = "notification")
public class Notification {

  private static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, unique = true)
  private String idempotencyKey;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String template;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected Notification() {
  }

  Notification(String idempotencyKey, OutgoingMail mail, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.applicationId = mail.applicationId();
    this.processInstanceId = mail.processInstanceId();
    this.recipient = mail.recipient();
    this.template = mail.template();
    this.language = mail.language();
    this.subject = mail.subject();
    this.status = NotificationStatus.PENDING;
    // stable across retries, so a mail server or a reader can tell a resend from a new message
    this.messageId = "<" + idempotencyKey.replaceAll("[^A-Za-z0-9.-]", ".") + "@leaders.edu.kz>";
    this.createdAt = createdAt;
  }

  void sent(Instant at) {
    attempts++;
    status = NotificationStatus.SENT;
    sentAt = at;
    lastError = null;
  }

  void failed(String error) {
    attempts++;
    status = NotificationStatus.FAILED;
    lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getTemplate() {
    return template;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public String getMessageId() {
    return messageId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
