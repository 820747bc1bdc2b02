package kz.edu.leaders.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.NotificationRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's whole history in one chronological list, from the engine's history (activities,
 * tasks and who worked them, form values, manual operations, incidents) and the application's own
 * records (stage results with their rules, mails sent). Finished journeys included: this is what
 * Cockpit's community edition does not show.
 */
@Service
public class AuditTrail {

  /** The engine's queryMaxResultsLimit: far above any one journey's size, and it refuses unbounded queries. */
  static final int PAGE = 2_000;
  /** The engine's own steps from one activity to the next (it records their times to the millisecond). */
  private static final Set<TrailEvent.Kind> MOVING_ON = EnumSet.of(TrailEvent.Kind.ACTIVITY_LEFT,
      TrailEvent.Kind.ACTIVITY_ENTERED, TrailEvent.Kind.TASK_ROUTED, TrailEvent.Kind.PROCESS_ENDED);

  private final HistoryService history;
  private final StageResultRepository stageResults;
  private final NotificationRepository notifications;
  private final ProgrammeRecords records;
  private final FormFieldLabels labels;

  AuditTrail(HistoryService history, StageResultRepository stageResults,
      NotificationRepository notifications, ProgrammeRecords records, FormFieldLabels labels) {
    this.history = history;
    this.stageResults = stageResults;
    this.notifications = notifications;
    this.records = records;
    this.labels = labels;
  }

  @Transactional(readOnly = true)
  public List<TrailEvent> of(Application application) {
    List<TrailEvent> trail = new ArrayList<>();
    for (String root : rootInstancesOf(application)) {
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(root).listPage(0, PAGE);
      for (HistoricProcessInstance instance : instances) {
        addProcess(trail, instance);
      }
    }
    stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId()).forEach(result -> trail.add(stage(result)));
    notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId()).forEach(mail -> trail.add(mail(mail)));
    records.addTo(trail, application.getId());
    // stable: events of the same millisecond keep the order the engine recorded them in, and what a step
    // recorded in its last millisecond (a decision, a mail) comes before the engine moving on from it
    trail.sort(Comparator.comparing(TrailEvent::at).thenComparing(AuditTrail::movesOn));
    return trail;
  }

  private static boolean movesOn(TrailEvent event) {
    return MOVING_ON.contains(event.kind());
  }

  /**
   * The candidate's journey, with an earlier run of it an appeal restarted, and their appeals: every
   * top-level instance under the application number.
   */
  private Set<String> rootInstancesOf(Application application) {
    Set<String> roots = new LinkedHashSet<>();
    if (application.getProcessInstanceId() != null) {
      roots.add(application.getProcessInstanceId());
    }
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .listPage(0, PAGE).stream().filter(instance -> instance.getSuperProcessInstanceId() == null)
        .forEach(instance -> roots.add(instance.getId()));
    return roots;
  }

  private void addProcess(List<TrailEvent> trail, HistoricProcessInstance instance) {
    String id = instance.getId();
    String key = instance.getProcessDefinitionKey();
    String process = key + " v" + instance.getProcessDefinitionVersion();
    trail.add(new TrailEvent(at(instance.getStartTime()), TrailEvent.Kind.PROCESS_STARTED,
        Chapter.ofStep(key, instance.getStartActivityId()), process, null, null, instance.getStartUserId(),
        "business key " + instance.getBusinessKey()));
    if (instance.getEndTime() != null) {
      trail.add(new TrailEvent(at(instance.getEndTime()), TrailEvent.Kind.PROCESS_ENDED,
          Chapter.ofStep(key, instance.getEndActivityId()), process, instance.getEndActivityId(), null, null,
          instance.getState()));
    }
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .orderByHistoricActivityInstanceStartTime().asc().listPage(0, PAGE)) {
      Chapter chapter = Chapter.ofStep(key, activity.getActivityId());
      trail.add(new TrailEvent(at(activity.getStartTime()), TrailEvent.Kind.ACTIVITY_ENTERED, chapter, process,
          activity.getActivityId(), activity.getActivityName(), null, activity.getActivityType()));
      if (activity.getEndTime() != null) {
        trail.add(new TrailEvent(at(activity.getEndTime()), TrailEvent.Kind.ACTIVITY_LEFT, chapter, process,
            activity.getActivityId(), activity.getActivityName(), activity.getAssignee(),
            activity.isCanceled() ? "canceled" : null));
      }
    }
    Map<String, HistoricTaskInstance> tasksById = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).listPage(0, PAGE)) {
      tasksById.put(task.getId(), task);
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .listPage(0, PAGE)) {
        String target = link.getGroupId() != null ? "group " + link.getGroupId() : "user " + link.getUserId();
        trail.add(new TrailEvent(at(link.getTime()), TrailEvent.Kind.TASK_ROUTED,
            Chapter.ofStep(key, task.getTaskDefinitionKey()), process, task.getTaskDefinitionKey(), task.getName(),
            link.getAssignerId(), link.getOperationType() + " " + link.getType() + ": " + target));
      }
    }
    addVariables(trail, id, key, process, tasksById);
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id)
        .listPage(0, PAGE)) {
      String change = entry.getProperty() == null ? "" : " " + entry.getProperty() + ": "
          + Objects.requireNonNullElse(entry.getOrgValue(), "—") + " → " + Objects.requireNonNullElse(entry.getNewValue(), "—");
      HistoricTaskInstance task = entry.getTaskId() == null ? null : tasksById.get(entry.getTaskId());
      trail.add(new TrailEvent(at(entry.getTimestamp()), TrailEvent.Kind.OPERATION,
          Chapter.ofStep(key, task == null ? null : task.getTaskDefinitionKey()), process,
          task == null ? null : task.getTaskDefinitionKey(), task == null ? null : task.getName(), entry.getUserId(),
          entry.getEntityType() + " " + entry.getOperationType() + change));
    }
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).listPage(0, PAGE)) {
      Chapter chapter = Chapter.ofStep(key, incident.getActivityId());
      trail.add(new TrailEvent(at(incident.getCreateTime()), TrailEvent.Kind.INCIDENT_RAISED, chapter, process,
          incident.getActivityId(), null, null, incident.getIncidentMessage()));
      if (incident.getEndTime() != null) {
        trail.add(new TrailEvent(at(incident.getEndTime()), TrailEvent.Kind.INCIDENT_RESOLVED, chapter, process,
            incident.getActivityId(), null, null, incident.isDeleted() ? "deleted" : "resolved"));
      }
    }
  }

  /** Values set by a form submission are one event per task, with the form's labels; the rest one per variable. */
  private void addVariables(List<TrailEvent> trail, String instanceId, String key, String process,
      Map<String, HistoricTaskInstance> tasksById) {
    Map<String, HistoricTaskInstance> tasksByActivityInstance = new HashMap<>();
    tasksById.values().forEach(task -> tasksByActivityInstance.put(task.getActivityInstanceId(), task));
    Map<HistoricTaskInstance, List<HistoricVariableUpdate>> byTask = new LinkedHashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates()
        .orderByTime().asc().listPage(0, PAGE)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      HistoricTaskInstance task = update.getTaskId() != null ? tasksById.get(update.getTaskId())
          : tasksByActivityInstance.get(update.getActivityInstanceId());
      if (task != null) {
        byTask.computeIfAbsent(task, t -> new ArrayList<>()).add(update);
      } else {
        trail.add(new TrailEvent(at(update.getTime()), TrailEvent.Kind.VARIABLE_SET, Chapter.ofStep(key, null), process,
            null, null, null, update.getVariableName() + " = " + update.getValue()));
      }
    }
    byTask.forEach((task, updates) -> {
      String values = updates.stream().map(u -> u.getVariableName() + " = " + u.getValue())
          .collect(Collectors.joining("; "));
      String definition = task.getProcessDefinitionId();
      String taskKey = task.getTaskDefinitionKey();
      List<TrailEvent.Field> fields = updates.stream().map(u -> new TrailEvent.Field(u.getVariableName(),
          labels.of(definition, taskKey, u.getVariableName()), u.getValue(),
          labels.ofOption(definition, taskKey, u.getVariableName(), u.getValue()))).toList();
      // dated when the task was completed: the values are written as it completes, after its claim
      Instant submitted = task.getEndTime() != null ? at(task.getEndTime()) : at(updates.get(0).getTime());
      trail.add(new TrailEvent(submitted, TrailEvent.Kind.FORM_SUBMITTED,
          Chapter.ofStep(key, task.getTaskDefinitionKey()), process, task.getTaskDefinitionKey(), task.getName(),
          task.getAssignee(), values, fields));
    });
  }

  private static TrailEvent stage(StageResult result) {
    StringBuilder detail = new StringBuilder(result.getStage().name()).append(": ").append(result.getOutcome());
    if (result.getScore() != null) {
      detail.append(", score ").append(result.getScore());
    }
    if (result.getReason() != null) {
      detail.append(", ").append(result.getReason());
    }
    if (result.getRuleId() != null) {
      detail.append("; rule ").append(result.getRuleId()).append(" v").append(result.getRuleVersion());
    }
    if (result.getRuleInputs() != null) {
      detail.append(", inputs ").append(result.getRuleInputs()).append(", outputs ").append(result.getRuleOutputs());
    }
    return new TrailEvent(result.getDecidedAt(), TrailEvent.Kind.STAGE_RESULT, Chapter.ofStage(result.getStage()), null,
        null, null, result.getDecidedBy(), detail.toString());
  }

  private static TrailEvent mail(Notification mail) {
    Instant at = mail.getSentAt() != null ? mail.getSentAt() : mail.getCreatedAt();
    return new TrailEvent(at, TrailEvent.Kind.MAIL, null, null, null, null, null, mail.getTemplate() + " ("
        + mail.getLanguage() + "): " + mail.getStatus() + " after " + mail.getAttempts() + " attempt(s), "
        + mail.getMessageId());
  }

  private static Instant at(Date date) {
    return date.toInstant();
  }
}
