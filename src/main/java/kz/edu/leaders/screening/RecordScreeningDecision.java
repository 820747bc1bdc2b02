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
    Object reason = task.getVariable(CandidateJourney.REJECTION_REASON);
    screening.decide(((Number) task.getVariable(CandidateJourney.APPLICATION_ID)).longValue(),
        task.getVariable(CandidateJourney.DOCUMENTS_DECISION), reason == null ? null : reason.toString(),
        checklist, reviewer(task));
  }

  private String reviewer(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current = identityService.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
