package kz.edu.leaders.notification;

import java.util.List;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of a candidate's mails, beside the application it belongs to. */
@RestController
public class NotificationController {

  private final ApplicationService applications;
  private final NotificationRepository notifications;

  public NotificationController(ApplicationService applications, NotificationRepository notifications) {
    this.applications = applications;
    this.notifications = notifications;
  }

  /** Oldest first; the address only for those who may see it. */
  @GetMapping("/api/applications/{applicationNumber}/notifications")
  public List<NotificationView> notifications(@PathVariable String applicationNumber,
      Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    Application application = applications.findReadable(applicationNumber, user);
    boolean withAddress = user.maySeePersonalDataOf(application.getRegion());
    return notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId()).stream()
        .map(notification -> NotificationView.of(notification, withAddress)).toList();
  }
}
