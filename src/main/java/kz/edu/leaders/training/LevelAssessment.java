package kz.edu.leaders.training;

import java.time.Clock;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.rules.DecisionRules;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;

/**
 * A trainer's assessment of one training level: the score against the pass mark, and whether a
 * failed candidate may retake it (both from DMN {@code pass-marks}, recorded with the version).
 */
@Service
public class LevelAssessment {

  static final String PASS_MARKS = "pass-marks";

  public enum Outcome { PASSED, RETAKE, FAILED }

  public record Verdict(Outcome outcome, int passMark, int retakesAllowed) {
  }

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final Clock clock;

  public LevelAssessment(ApplicationRepository applications, StageResultRepository results, DecisionRules rules,
      Clock clock) {
    this.applications = applications;
    this.results = results;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * @param attempt 1 for the first assessment, 2 for the first retake...
   */
  public Verdict assess(long applicationId, TrainingLevel level, int attempt, Object score, String comment,
      String trainer) {
    if (trainer == null) {
      throw new FormFieldValidationException("levelScore",
          "Алдымен тапсырманы өзіңізге алыңыз / Сначала возьмите задачу (Claim)");
    }
    if (!(score instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
        || number.intValue() < 0 || number.intValue() > 100) {
      throw new FormFieldValidationException("levelScore", "Балл / Балл: a whole number from 0 to 100");
    }
    if (comment != null && comment.length() > 1900) {
      throw new FormFieldValidationException("levelComment", "Түсініктеме / Комментарий: at most 1900 characters");
    }
    int points = number.intValue();
    DecisionRules.Outcome rule = rules.evaluate(PASS_MARKS, Map.of("stage", level.stage()));
    Map<String, Object> row = rule.rows().get(0);
    int passMark = ((Number) row.get("passMark")).intValue();
    int retakes = ((Number) row.get("retakes")).intValue();
    Outcome outcome = points >= passMark ? Outcome.PASSED : attempt <= retakes ? Outcome.RETAKE : Outcome.FAILED;
    Application application = applications.findById(applicationId).orElseThrow();
    String reason = "attempt " + attempt + (comment == null || comment.isBlank() ? "" : ": " + comment.trim());
    results.save(new StageResult(application.getId(), level.stage(), outcome.name(), reason, trainer, clock.instant())
        .byRule(rule, points));
    return new Verdict(outcome, passMark, retakes);
  }
}
