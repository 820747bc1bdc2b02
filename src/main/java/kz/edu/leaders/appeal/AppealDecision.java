package kz.edu.leaders.appeal;

import java.util.OptionalInt;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The appeals commission's form, read once: upheld or overturned, why, and for an overturned test the
 * score the commission found (null otherwise), from the pass mark to 100.
 */
public record AppealDecision(boolean overturned, String reason, Integer revisedScore, String member) {

  static AppealDecision from(DelegateTask task, long appealId, AppealDecisions decisions) {
    TaskClaim.require(task.getAssignee(), AppealDecisions.DECISION);
    Object decision = task.getVariable(AppealDecisions.DECISION);
    boolean overturned = AppealDecisions.OVERTURNED_VALUE.equals(decision);
    if (!overturned && !AppealDecisions.UPHELD_VALUE.equals(decision)) {
      throw new FieldRefused(AppealDecisions.DECISION,
          "Шешімді таңдаңыз: «Шешімді қалдыру» немесе «Шешімнің күшін жою» / "
              + "Выберите решение: «Оставить решение в силе» или «Отменить решение»");
    }
    String reason = FormText.between(task.getVariable(AppealDecisions.DECISION_REASON), 10, 1900,
        AppealDecisions.DECISION_REASON,
        "Негіздемеде шешімнің неге күшінде қалатынын немесе неге жойылатынын жазыңыз / "
            + "В обосновании напишите, почему решение остаётся в силе или отменяется");
    OptionalInt lowest = overturned ? decisions.lowestRevisedScore(appealId) : OptionalInt.empty();
    Integer revisedScore = lowest.isPresent() ? FormScore.between(task.getVariable(AppealDecisions.REVISED_SCORE),
        lowest.getAsInt(), 100, AppealDecisions.REVISED_SCORE) : null;
    return new AppealDecision(overturned, reason, revisedScore, task.getAssignee());
  }
}
