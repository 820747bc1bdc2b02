package kz.edu.leaders.application;

import java.time.Clock;
import java.util.Map;
import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.rules.DecisionRules;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * A stage scored 0-100 against its pass mark: a trainer's assessment of a training level, the host
 * school's of the internship, the experts' combined score of the final assessment. The pass mark and
 * whether a failed candidate may retake come from DMN {@code pass-marks}; the result is recorded with
 * the table's version.
 */
@Service
public class PassMarkAssessment {

  /** The DMN table of every stage's pass mark (and retakes). */
  public static final String PASS_MARKS = "pass-marks";

  /** @param outcome PASSED, RETAKE or FAILED */
  public record Verdict(Outcome outcome, int passMark, int retakesAllowed) {
  }

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final Clock clock;

  public PassMarkAssessment(ApplicationRepository applications, StageResultRepository results, DecisionRules rules,
      Clock clock) {
    this.applications = applications;
    this.results = results;
    this.rules = rules;
    this.clock = clock;
  }

  /** A scoring form's fields: where the score and the comment are typed, and where a refusal is shown. */
  public record Form(String scoreField, String commentField) {

    /** The form as completed, read once: the assessor's claim, a score from 0 to 100, a comment of at most 1900 characters. */
    public Scored read(DelegateTask task) {
      TaskClaim.require(task.getAssignee(), scoreField);
      int points = FormScore.between(task.getVariable(scoreField), 0, 100, scoreField);
      String comment = FormText.comment(task.getVariable(commentField), commentField);
      return new Scored(points, comment, task.getAssignee());
    }
  }

  /** A score given, with the comment ("" when none) and who gave it. */
  public record Scored(int points, String comment, String assessor) {
  }

  /**
   * Any stage scored 0-100 against the pass-marks table (a training level, the internship...).
   *
   * @param stage the table's input and the recorded result's stage
   * @param attempt 1 for the first assessment, 2 for the first retake...
   */
  public Verdict assess(long applicationId, Stage stage, int attempt, Scored scored) {
    int points = scored.points();
    DecisionRules.Outcome rule = rules.evaluate(PASS_MARKS, Map.of("stage", stage.name()));
    Map<String, Object> row = rule.rows().get(0);
    int passMark = ((Number) row.get("passMark")).intValue();
    int retakes = ((Number) row.get("retakes")).intValue();
    Outcome outcome = points >= passMark ? Outcome.PASSED : attempt <= retakes ? Outcome.RETAKE : Outcome.FAILED;
    Application application = applications.findById(applicationId).orElseThrow();
    String reason = "attempt " + attempt + (scored.comment().isEmpty() ? "" : ": " + scored.comment());
    results.save(new StageResult(application.getId(), stage, outcome, reason, scored.assessor(), clock.instant())
        .byRule(rule, points));
    return new Verdict(outcome, passMark, retakes);
  }
}
