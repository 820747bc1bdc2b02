package kz.edu.leaders.training;

import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.PassMarkAssessment;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On the trainer's completion: records the level's assessment and tells the process what follows. */
@Component("recordLevelAssessment")
public class RecordLevelAssessment implements TaskListener {

  private final PassMarkAssessment assessment;

  public RecordLevelAssessment(PassMarkAssessment assessment) {
    this.assessment = assessment;
  }

  @Override
  public void notify(DelegateTask task) {
    TrainingLevel level = Training.LEVEL.from(task);
    int attempt = Training.ATTEMPT.from(task);
    PassMarkAssessment.Verdict verdict = assessment.assess(CandidateJourney.APPLICATION_ID.from(task), level.stage(),
        attempt, new PassMarkAssessment.Form(Training.LEVEL_SCORE, Training.LEVEL_COMMENT).read(task));
    var scope = task.getExecution();
    Training.LEVEL_OUTCOME.set(scope, verdict.outcome());
    Training.LEVEL_PASSED.set(scope, verdict.outcome() == Outcome.PASSED);
    Training.LEVEL_RETAKE.set(scope, verdict.outcome() == Outcome.RETAKE);
    Training.LEVEL_PASS_MARK.set(scope, verdict.passMark());
    Training.LEVEL_NAME_KK.set(scope, level.kazakh());
    Training.LEVEL_NAME_RU.set(scope, level.russian());
    if (verdict.outcome() == Outcome.RETAKE) {
      Training.ATTEMPT.set(scope, attempt + 1);
    }
  }
}
