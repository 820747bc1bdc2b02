package kz.edu.leaders.notification;

import java.util.HashMap;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.PersonName;
import org.springframework.stereotype.Component;

/** Renders a candidate's mail in their preferred language, from their application and the journey's facts. */
@Component
public class CandidateMails {

  private final ApplicationRepository applications;
  private final NotificationTemplates templates;

  public CandidateMails(ApplicationRepository applications, NotificationTemplates templates) {
    this.applications = applications;
    this.templates = templates;
  }

  /**
   * @param journeyFacts the journey's variables a template may name (e.g. {@code rejectionReason}); the
   *     candidate's own data comes from the application, never from process variables
   */
  public OutgoingMail compose(long applicationId, String processInstanceId, String template,
      Map<String, ?> journeyFacts) {
    Application application = applications.findById(applicationId)
        .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
    String language = application.getPreferredLanguage();
    NotificationTemplates.Rendered rendered = templates.render(template, language, model(application, journeyFacts));
    return new OutgoingMail(application.getId(), processInstanceId, application.getEmail(), template, language,
        rendered.subject(), rendered.htmlBody());
  }

  static Map<String, Object> model(Application application, Map<String, ?> journeyFacts) {
    Map<String, Object> model = new HashMap<>();
    journeyFacts.forEach((name, value) -> {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        model.put(name, value);
      }
    });
    PersonName name = application.getName();
    model.put("firstName", name.firstName());
    model.put("lastName", name.lastName());
    model.put("middleName", name.middleName() == null ? "" : name.middleName());
    model.put("fullName", name.fullName());
    model.put("applicationNumber", application.getApplicationNumber());
    model.put("cohortYear", application.getCohortYear());
    model.put("regionName", application.getRegion().nameIn(application.getPreferredLanguage()));
    return model;
  }
}
