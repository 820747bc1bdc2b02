package kz.edu.leaders.application;

import java.time.Clock;
import java.util.Map;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.rules.DecisionRules;
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

  /** The form fields a refusal names. */
  public record Form(String scoreField, String commentField) {
  }

  /**
   * Any stage scored 0-100 against the pass-marks table (a training level, the internship...).
   *
   * @param stage the table's input and the recorded result's stage
   * @param attempt 1 for the first assessment, 2 for the first retake...
   */
  public Verdict assess(long applicationId, Stage stage, int attempt, Form form, Object score, String comment,
      String assessor) {
    TaskClaim.require(assessor, form.scoreField());
    int points = FormScore.between(score, 0, 100, form.scoreField());
    if (comment != null && comment.length() > 1900) {
      throw new FieldRefused(form.commentField(),
          "Түсініктеме / Комментарий: at most 1900 characters");
    }
    DecisionRules.Outcome rule = rules.evaluate(PASS_MARKS, Map.of("stage", stage.name()));
    Map<String, Object> row = rule.rows().get(0);
    int passMark = ((Number) row.get("passMark")).intValue();
    int retakes = ((Number) row.get("retakes")).intValue();
    Outcome outcome = points >= passMark ? Outcome.PASSED : attempt <= retakes ? Outcome.RETAKE : Outcome.FAILED;
    Application application = applications.findById(applicationId).orElseThrow();
    String reason = "attempt " + attempt + (comment == null || comment.isBlank() ? "" : ": " + comment.trim());
    results.save(new StageResult(application.getId(), stage, outcome, reason, assessor, clock.instant())
        .byRule(rule, points));
    return new Verdict(outcome, passMark, retakes);
  }
}
