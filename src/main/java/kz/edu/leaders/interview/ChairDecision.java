package kz.edu.leaders.interview;

import java.util.Locale;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.interview.InterviewCommission.Decision;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The chair's form, read once: admit or reject, and the reason given ("" when none). */
public record ChairDecision(Decision chosen, String reason, String chair) {

  static ChairDecision from(DelegateTask task) {
    TaskClaim.require(task.getAssignee(), FinalInterview.CHAIR_DECISION);
    Decision chosen;
    try {
      chosen = Decision.valueOf(String.valueOf(task.getVariable(FinalInterview.CHAIR_DECISION)).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldRefused(FinalInterview.CHAIR_DECISION,
          "Шешімді таңдаңыз: «Резервке қабылдау» немесе «Қабылдамау» / "
              + "Выберите решение: «Принять в резерв» или «Не принимать»");
    }
    String reason = FormText.between(task.getVariable(FinalInterview.CHAIR_REASON), 0, 1900, FinalInterview.CHAIR_REASON,
        "Себебі тым ұзын / Причина слишком длинная");
    return new ChairDecision(chosen, reason, task.getAssignee());
  }
}
