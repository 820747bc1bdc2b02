package kz.edu.leaders.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily digest: every reviewer with overdue tasks (their own, or open in one of their groups)
 * gets one mail listing them, in Kazakh and Russian. One digest per person and day: a retry after a
 * partial failure mails only those who did not get theirs yet.
 */
@Component("sendOverdueDigests")
public class SendOverdueDigests implements JavaDelegate {

  static final String TEMPLATE = "overdue-digest";
  private static final Logger LOG = LoggerFactory.getLogger(SendOverdueDigests.class);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final NotificationTemplates templates;
  private final NotificationService notifications;
  private final Clock clock;

  public SendOverdueDigests(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      NotificationTemplates templates, NotificationService notifications, Clock clock) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.templates = templates;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** {@code due}: the day in the programme's zone, written {@code {{#day}}{{due}}{{/day}}} in the mail. */
  public record OverdueTask(String name, String applicationNumber, LocalDate due) {
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<OverdueTask>> byUser = overdueTasksByUser();
    byUser.forEach((userId, tasks) -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        LOG.warn("{} has {} overdue tasks but no e-mail address", userId, tasks.size());
        return;
      }
      notifications.deliver("digest:" + userId + ":" + today, digest(user, tasks, execution.getProcessInstanceId()));
    });
    LOG.info("Overdue digest for {}: {} people", today, byUser.size());
  }

  OutgoingMail digest(User user, List<OverdueTask> tasks, String processInstanceId) {
    Map<String, Object> model = Map.of("firstName", user.getFirstName() == null ? "" : user.getFirstName(),
        "taskCount", tasks.size(), "tasks", tasks);
    NotificationTemplates.Rendered mail = templates.renderBothLanguages(TEMPLATE, model);
    return new OutgoingMail(null, processInstanceId, user.getEmail(), TEMPLATE, "kk+ru", mail.subject(),
        mail.htmlBody());
  }

  private Map<String, List<OverdueTask>> overdueTasksByUser() {
    Map<String, List<OverdueTask>> byUser = new TreeMap<>();
    List<Task> overdue = taskService.createTaskQuery().active().dueBefore(Date.from(clock.instant()))
        .orderByDueDate().asc().list();
    for (Task task : overdue) {
      Object number = runtimeService.getVariable(task.getExecutionId(), CandidateJourney.APPLICATION_NUMBER.name());
      OverdueTask item = new OverdueTask(task.getName(),
          number == null ? "—" : CandidateJourney.APPLICATION_NUMBER.valueOf(number),
          LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone()));
      responsibleFor(task).forEach(userId -> byUser.computeIfAbsent(userId, id -> new ArrayList<>()).add(item));
    }
    byUser.values().forEach(list -> list.sort(Comparator.comparing(OverdueTask::due)));
    return byUser;
  }

  /** The assignee; for an unclaimed task, everyone who may claim it. */
  private Set<String> responsibleFor(Task task) {
    Set<String> users = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
      return users;
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else {
        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
            .forEach(member -> users.add(member.getId()));
      }
    }
    return users;
  }
}
