package kz.edu.leaders.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One line of the delivery log as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(String template, String language, String subject, NotificationStatus status,
    int attempts, String lastError, String messageId, String recipient, Instant createdAt, Instant sentAt) {

  public static NotificationView of(Notification n, boolean withAddress) {
    return new NotificationView(n.getTemplate(), n.getLanguage(), n.getSubject(), n.getStatus(), n.getAttempts(),
        n.getLastError(), n.getMessageId(), withAddress ? n.getRecipient() : null, n.getCreatedAt(), n.getSentAt());
  }
}
