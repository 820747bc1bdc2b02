package kz.edu.leaders.screening;

import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On task creation: puts the candidate's profile on the task (local, never in history) for the form. */
@Component("showCandidateToReviewer")
public class ShowCandidateToReviewer implements TaskListener {

  private final DocumentScreening screening;

  public ShowCandidateToReviewer(DocumentScreening screening) {
    this.screening = screening;
  }

  @Override
  public void notify(DelegateTask task) {
    long applicationId = ((Number) task.getVariable(CandidateJourney.APPLICATION_ID)).longValue();
    task.setVariablesLocal(screening.candidateProfile(applicationId));
  }
}
