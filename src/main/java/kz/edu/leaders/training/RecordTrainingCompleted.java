package kz.edu.leaders.training;

import java.time.Clock;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** All three levels passed: recorded, and handed back to the journey. */
@Component("recordTrainingCompleted")
public class RecordTrainingCompleted implements JavaDelegate {

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final Clock clock;

  public RecordTrainingCompleted(ApplicationRepository applications, StageResultRepository results, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = applications.findById(
        CandidateJourney.APPLICATION_ID.from(execution)).orElseThrow();
    application.changeStatus(ApplicationStatus.TRAINING_COMPLETED);
    results.save(new StageResult(application.getId(), Stage.TRAINING, Outcome.COMPLETED, "basic, expert and professional levels passed",
        "system", clock.instant()));
    Training.TRAINING_COMPLETED.set(execution, true);
  }
}
