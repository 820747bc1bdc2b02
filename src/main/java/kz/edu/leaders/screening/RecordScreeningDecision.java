package kz.edu.leaders.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** On task completion: validates the reviewer's decision and records it with the reviewer's name. */
@Component("recordScreeningDecision")
public class RecordScreeningDecision implements TaskListener {

  private final DocumentScreening screening;
  private final IdentityService identityService;

  public RecordScreeningDecision(DocumentScreening screening, IdentityService identityService) {
    this.screening = screening;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Boolean> checklist = new LinkedHashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> checklist.put(item, Boolean.TRUE.equals(task.getVariable(item))));
    DocumentScreening.Decided decided = screening.decide(
        CandidateJourney.APPLICATION_ID.from(task),
        new DocumentScreening.Decision(task.getVariable(CandidateJourney.DOCUMENTS_DECISION),
            text(task, CandidateJourney.REJECTION_REASON), text(task, CandidateJourney.MISSING_DOCUMENTS),
            checklist, reviewer(task)));
    if (decided.resubmissionDeadline() != null) {
      CandidateJourney.RESUBMISSION_DEADLINE.set(task.getExecution(), decided.resubmissionDeadline().toString());
    }
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  private String reviewer(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current = identityService.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
