package kz.edu.leaders.internship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.notification.NotificationService;
import kz.edu.leaders.notification.NotificationTemplates;
import kz.edu.leaders.notification.OutgoingMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A step of the internship missed its deadline: every training coordinator hears of it, in Kazakh and
 * Russian. The step is named by the task's input parameter {@code overdueStep}.
 */
@Component("escalateToCoordinators")
public class EscalateToCoordinators implements JavaDelegate {

  static final String TEMPLATE = "internship-overdue";
  private static final Logger LOG = LoggerFactory.getLogger(EscalateToCoordinators.class);

  /** What each step is, for the mail. */
  enum Step {
    REPORT("үміткер тағылымдама есебін жібермеді", "кандидат не отправил отчёт о стажировке"),
    EVALUATION("базалық мектеп есепті бағаламады", "базовая школа не оценила отчёт"),
    SIGN_OFF("тәлімгер тағылымдаманы растамады", "наставник не подтвердил стажировку");

    final String kazakh;
    final String russian;

    Step(String kazakh, String russian) {
      this.kazakh = kazakh;
      this.russian = russian;
    }
  }

  private final IdentityService identityService;
  private final NotificationTemplates templates;
  private final NotificationService notifications;

  public EscalateToCoordinators(IdentityService identityService, NotificationTemplates templates,
      NotificationService notifications) {
    this.identityService = identityService;
    this.templates = templates;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Step step = Internship.OVERDUE_STEP.fromLocal(execution);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("applicationNumber", CandidateJourney.APPLICATION_NUMBER.optionalFrom(execution).orElse(null));
    model.put("regionName", CandidateJourney.REGION_NAME.optionalFrom(execution).orElse(null));
    model.put("hostSchoolName", Internship.HOST_SCHOOL_NAME.optionalFrom(execution).orElse(null));
    model.put("stepKk", step.kazakh);
    model.put("stepRu", step.russian);
    NotificationTemplates.Rendered mail = templates.renderBothLanguages(TEMPLATE, model);
    List<User> coordinators = identityService.createUserQuery()
        .memberOfGroup(Role.TRAINING_COORDINATORS.groupId()).list();
    String key = NotificationService.keyOfCurrentJob(execution);
    for (User coordinator : coordinators) {
      if (coordinator.getEmail() == null || coordinator.getEmail().isBlank()) {
        LOG.warn("Coordinator {} has no e-mail address for the {} escalation", coordinator.getId(), step);
        continue;
      }
      // one key per coordinator: a retry after a partial failure mails only those not yet told
      notifications.deliver(key + ":" + coordinator.getId(), new OutgoingMail(CandidateJourney.applicationId(execution),
          execution.getProcessInstanceId(), coordinator.getEmail(), TEMPLATE, "kk+ru", mail.subject(),
          mail.htmlBody()));
    }
  }
}
