package kz.edu.leaders.notification;

/** PENDING until the mail server accepts it; FAILED while the engine retries (and when it gave up). */
public enum NotificationStatus {
  PENDING,
  SENT,
  FAILED
}
