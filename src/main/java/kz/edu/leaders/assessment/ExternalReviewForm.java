package kz.edu.leaders.assessment;

import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The external review's form, read once: the result confirmed (with a remark, or ""), or flagged with what is wrong. */
public record ExternalReviewForm(boolean confirmed, String reason, String reviewer) {

  static ExternalReviewForm from(DelegateTask task) {
    TaskClaim.require(task.getAssignee(), FinalAssessment.EXTERNAL_DECISION);
    Object decision = task.getVariable(FinalAssessment.EXTERNAL_DECISION);
    boolean confirmed = "confirmed".equals(decision);
    if (!confirmed && !"flagged".equals(decision)) {
      throw new FieldRefused(FinalAssessment.EXTERNAL_DECISION,
          "Шешімді таңдаңыз: «Растаймын» немесе «Белгі қоямын (қайта сараптама)» / "
              + "Выберите решение: «Подтверждаю» или «Отмечаю (повторная экспертиза)»");
    }
    Object reason = task.getVariable(FinalAssessment.FLAG_REASON);
    return new ExternalReviewForm(confirmed, confirmed ? FormText.of(reason) : FormText.between(reason, 10, 1900,
        FinalAssessment.FLAG_REASON, "Нәтижеде не дұрыс емес екенін жазыңыз / Напишите, что не так с результатом"),
        task.getAssignee());
  }
}
