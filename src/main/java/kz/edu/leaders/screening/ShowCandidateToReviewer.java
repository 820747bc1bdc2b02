package kz.edu.leaders.screening;

import kz.edu.leaders.document.CandidateDocuments;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: puts the candidate's profile and the links to their documents on the task (local,
 * never in history) for the form.
 */
@Component("showCandidateToReviewer")
public class ShowCandidateToReviewer implements TaskListener {

  private final DocumentScreening screening;
  private final CandidateDocuments documents;

  public ShowCandidateToReviewer(DocumentScreening screening, CandidateDocuments documents) {
    this.screening = screening;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    long applicationId = CandidateJourney.APPLICATION_ID.from(task);
    task.setVariablesLocal(screening.candidateProfile(applicationId));
    task.setVariableLocal(PersonalDataVariables.CANDIDATE_DOCUMENTS, documents.linksFor(applicationId, task.getId()));
  }
}
