package kz.edu.leaders.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.appointment.Vacancy;
import kz.edu.leaders.appointment.VacancyAppointment;
import kz.edu.leaders.appointment.VacancyOffer;
import kz.edu.leaders.document.CandidateDocumentRepository;
import kz.edu.leaders.document.CandidateDocumentView;
import kz.edu.leaders.document.CandidateDocumentViewRepository;
import kz.edu.leaders.appointment.VacancyOfferRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.NotificationRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
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

  private final HistoryService history;
  private final RepositoryService repository;
  private final StageResultRepository stageResults;
  private final NotificationRepository notifications;
  private final VacancyOfferRepository offers;
  private final VacancyRepository vacancies;
  private final CandidateDocumentRepository documents;
  private final CandidateDocumentViewRepository documentViews;

  public AuditTrail(HistoryService history, RepositoryService repository, StageResultRepository stageResults,
      NotificationRepository notifications, VacancyOfferRepository offers, VacancyRepository vacancies,
      CandidateDocumentRepository documents, CandidateDocumentViewRepository documentViews) {
    this.documents = documents;
    this.documentViews = documentViews;
    this.history = history;
    this.repository = repository;
    this.stageResults = stageResults;
    this.notifications = notifications;
    this.offers = offers;
    this.vacancies = vacancies;
  }

  @Transactional(readOnly = true)
  public List<TrailEvent> of(Application application) {
    List<TrailEvent> trail = new ArrayList<>();
    for (String root : rootInstancesOf(application)) {
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(root).listPage(0, PAGE);
      for (HistoricProcessInstance instance : instances) {
        addProcess(trail, instance, versionOf(instance.getProcessDefinitionId()));
      }
    }
    stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId()).forEach(result -> trail.add(stage(result)));
    notifications.findByApplicationIdOrderByCreatedAtAsc(application.getId()).forEach(mail -> trail.add(mail(mail)));
    offers.findByApplicationIdOrderByOfferedAtAsc(application.getId()).forEach(offer -> addOffer(trail, offer));
    addDocuments(trail, application.getId());
    // stable: events of the same millisecond keep the order the engine recorded them in
    trail.sort(Comparator.comparing(TrailEvent::at));
    return trail;
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

  private void addProcess(List<TrailEvent> trail, HistoricProcessInstance instance, String process) {
    String id = instance.getId();
    trail.add(new TrailEvent(at(instance.getStartTime()), TrailEvent.Kind.PROCESS_STARTED, process, null, null,
        instance.getStartUserId(), "business key " + instance.getBusinessKey()));
    if (instance.getEndTime() != null) {
      trail.add(new TrailEvent(at(instance.getEndTime()), TrailEvent.Kind.PROCESS_ENDED, process,
          instance.getEndActivityId(), null, null, instance.getState()));
    }
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .orderByHistoricActivityInstanceStartTime().asc().listPage(0, PAGE)) {
      trail.add(new TrailEvent(at(activity.getStartTime()), TrailEvent.Kind.ACTIVITY_ENTERED, process,
          activity.getActivityId(), activity.getActivityName(), null, activity.getActivityType()));
      if (activity.getEndTime() != null) {
        trail.add(new TrailEvent(at(activity.getEndTime()), TrailEvent.Kind.ACTIVITY_LEFT, process,
            activity.getActivityId(), activity.getActivityName(), activity.getAssignee(),
            activity.isCanceled() ? "canceled" : null));
      }
    }
    Map<String, HistoricTaskInstance> tasksByActivityInstance = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).listPage(0, PAGE)) {
      tasksByActivityInstance.put(task.getActivityInstanceId(), task);
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .listPage(0, PAGE)) {
        String target = link.getGroupId() != null ? "group " + link.getGroupId() : "user " + link.getUserId();
        trail.add(new TrailEvent(at(link.getTime()), TrailEvent.Kind.TASK_ROUTED, process,
            task.getTaskDefinitionKey(), task.getName(), link.getAssignerId(),
            link.getOperationType() + " " + link.getType() + ": " + target));
      }
    }
    addVariables(trail, id, process, tasksByActivityInstance);
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id)
        .listPage(0, PAGE)) {
      String change = entry.getProperty() == null ? "" : " " + entry.getProperty() + ": " + entry.getOrgValue()
          + " → " + entry.getNewValue();
      trail.add(new TrailEvent(at(entry.getTimestamp()), TrailEvent.Kind.OPERATION, process, null, null,
          entry.getUserId(), entry.getEntityType() + " " + entry.getOperationType() + change));
    }
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).listPage(0, PAGE)) {
      trail.add(new TrailEvent(at(incident.getCreateTime()), TrailEvent.Kind.INCIDENT_RAISED, process,
          incident.getActivityId(), null, null, incident.getIncidentMessage()));
      if (incident.getEndTime() != null) {
        trail.add(new TrailEvent(at(incident.getEndTime()), TrailEvent.Kind.INCIDENT_RESOLVED, process,
            incident.getActivityId(), null, null, incident.isDeleted() ? "deleted" : "resolved"));
      }
    }
  }

  /** Values set by a form submission are one event per task; the rest one per variable. */
  private void addVariables(List<TrailEvent> trail, String instanceId, String process,
      Map<String, HistoricTaskInstance> tasksByActivityInstance) {
    Map<String, List<HistoricVariableUpdate>> byTask = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates()
        .orderByTime().asc().listPage(0, PAGE)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      HistoricTaskInstance task = update.getTaskId() != null
          ? tasksByActivityInstance.values().stream().filter(t -> t.getId().equals(update.getTaskId())).findFirst()
              .orElse(null)
          : tasksByActivityInstance.get(update.getActivityInstanceId());
      if (task != null) {
        byTask.computeIfAbsent(task.getId(), key -> new ArrayList<>()).add(update);
      } else {
        trail.add(new TrailEvent(at(update.getTime()), TrailEvent.Kind.VARIABLE_SET, process, null, null, null,
            update.getVariableName() + " = " + update.getValue()));
      }
    }
    byTask.forEach((taskId, updates) -> {
      HistoricTaskInstance task = tasksByActivityInstance.values().stream().filter(t -> t.getId().equals(taskId))
          .findFirst().orElseThrow();
      String values = updates.stream().map(u -> u.getVariableName() + " = " + u.getValue())
          .collect(Collectors.joining("; "));
      trail.add(new TrailEvent(at(updates.get(0).getTime()), TrailEvent.Kind.FORM_SUBMITTED, process,
          task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), values));
    });
  }

  /** The offer of a post (its vacancy-appointment process is the vacancy's, not the candidate's), and its end. */
  /** Each document uploaded (kind, version, type, size, checksum), and each time a reviewer opened one. */
  private void addDocuments(List<TrailEvent> trail, long applicationId) {
    Map<Long, CandidateDocumentRepository.Info> byId = new HashMap<>();
    for (CandidateDocumentRepository.Info document : documents.infoOf(applicationId)) {
      byId.put(document.id(), document);
      trail.add(new TrailEvent(document.uploadedAt(), TrailEvent.Kind.DOCUMENT, null, null, null, document.uploadedBy(),
          describe(document) + " uploaded by " + document.uploadedBy() + " (" + document.contentType() + ", "
              + document.sizeBytes() + " bytes, SHA-256 " + document.sha256() + ")"));
    }
    for (CandidateDocumentView view : documentViews.findByApplicationIdOrderByViewedAtAsc(applicationId)) {
      CandidateDocumentRepository.Info document = byId.get(view.getDocumentId());
      trail.add(new TrailEvent(view.getViewedAt(), TrailEvent.Kind.DOCUMENT, null, null, null, view.getViewedBy(),
          (document == null ? "document " + view.getDocumentId() : describe(document)) + " viewed by "
              + view.getViewedBy() + " (task " + view.getTaskId() + ")"));
    }
  }

  private static String describe(CandidateDocumentRepository.Info document) {
    return document.kind().slug() + " v" + document.version();
  }

  private void addOffer(List<TrailEvent> trail, VacancyOffer offer) {
    Vacancy vacancy = vacancies.findById(offer.getVacancyId()).orElseThrow();
    String post = "vacancy " + vacancy.getId() + " (" + vacancy.getPost() + ", " + vacancy.getSchool().getName()
        + ", " + vacancy.getSchool().getSettlement() + ")";
    trail.add(new TrailEvent(offer.getOfferedAt(), TrailEvent.Kind.OFFER, VacancyAppointment.PROCESS_KEY, null, null,
        offer.getOfferedBy(), post + ": offered, answer due " + offer.getAnswerDue()));
    if (offer.getAnsweredAt() != null) {
      trail.add(new TrailEvent(offer.getAnsweredAt(), TrailEvent.Kind.OFFER, VacancyAppointment.PROCESS_KEY, null,
          null, "candidate", post + ": " + (offer.getStatus() == VacancyOffer.Status.DECLINED ? "declined" : "accepted")));
    } else if (offer.getStatus() == VacancyOffer.Status.EXPIRED) {
      trail.add(new TrailEvent(offer.getAnswerDue(), TrailEvent.Kind.OFFER, VacancyAppointment.PROCESS_KEY, null,
          null, "system", post + ": no answer by the deadline"));
    }
  }

  private static TrailEvent stage(StageResult result) {
    StringBuilder detail = new StringBuilder(result.getStage()).append(": ").append(result.getOutcome());
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
    return new TrailEvent(result.getDecidedAt(), TrailEvent.Kind.STAGE_RESULT, null, null, null, result.getDecidedBy(),
        detail.toString());
  }

  private static TrailEvent mail(Notification mail) {
    Instant at = mail.getSentAt() != null ? mail.getSentAt() : mail.getCreatedAt();
    return new TrailEvent(at, TrailEvent.Kind.MAIL, null, null, null, null, mail.getTemplate() + " ("
        + mail.getLanguage() + "): " + mail.getStatus() + " after " + mail.getAttempts() + " attempt(s), "
        + mail.getMessageId());
  }

  private String versionOf(String processDefinitionId) {
    var definition = repository.getProcessDefinition(processDefinitionId);
    return definition.getKey() + " v" + definition.getVersion();
  }

  private static Instant at(Date date) {
    return date.toInstant();
  }
}
