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
    TrainingLevel level = TrainingLevel.valueOf((String) task.getVariable(Training.LEVEL));
    int attempt = ((Number) task.getVariable(Training.ATTEMPT)).intValue();
    Object comment = task.getVariable(Training.LEVEL_COMMENT);
    PassMarkAssessment.Verdict verdict = assessment.assess(
        ((Number) task.getVariable(CandidateJourney.APPLICATION_ID)).longValue(), level.stage(), attempt,
        new PassMarkAssessment.Form(Training.LEVEL_SCORE, Training.LEVEL_COMMENT), task.getVariable(Training.LEVEL_SCORE),
        comment == null ? null : comment.toString(), task.getAssignee());
    var scope = task.getExecution();
    scope.setVariable(Training.LEVEL_OUTCOME, verdict.outcome().name());
    scope.setVariable(Training.LEVEL_PASSED, verdict.outcome() == Outcome.PASSED);
    scope.setVariable(Training.LEVEL_RETAKE, verdict.outcome() == Outcome.RETAKE);
    scope.setVariable(Training.LEVEL_PASS_MARK, verdict.passMark());
    scope.setVariable(Training.LEVEL_NAME_KK, level.kazakh());
    scope.setVariable(Training.LEVEL_NAME_RU, level.russian());
    if (verdict.outcome() == Outcome.RETAKE) {
      scope.setVariable(Training.ATTEMPT, attempt + 1);
    }
  }
}
