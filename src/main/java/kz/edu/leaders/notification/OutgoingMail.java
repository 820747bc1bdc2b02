package kz.edu.leaders.notification;

/** A rendered mail, ready to be logged and sent. */
public record OutgoingMail(Long applicationId, String processInstanceId, String recipient, String template,
    String language, String subject, String htmlBody) {
}
