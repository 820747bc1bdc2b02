package kz.edu.leaders.appointment;

import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * HR's choice form, read once: an offer to the reservist of the given application number, or the
 * vacancy sent to the competition with a note saying why (then {@code chosenNumber} is null).
 */
record HrChoice(String chosenNumber, String competitionNote, String officer) {

  static final String OFFER = "offer";
  static final String COMPETITION = "competition";

  static HrChoice from(DelegateTask task) {
    TaskClaim.require(task.getAssignee(), VacancyAppointment.CHOICE);
    Object choice = task.getVariable(VacancyAppointment.CHOICE);
    if (COMPETITION.equals(choice)) {
      return new HrChoice(null, FormText.between(task.getVariable(VacancyAppointment.COMPETITION_NOTE), 10, 500,
          VacancyAppointment.COMPETITION_NOTE,
          "Лауазымның неге конкурсқа берілетінін жазыңыз / Напишите, почему должность передаётся на конкурс"),
          task.getAssignee());
    }
    if (!OFFER.equals(choice)) {
      throw new FieldRefused(VacancyAppointment.CHOICE,
          "Шешімді таңдаңыз: «Резервистке ұсыну» немесе «Жалпы конкурсқа жіберу» / "
              + "Выберите решение: «Предложить резервисту» или «Передать на общий конкурс»");
    }
    return new HrChoice(FormText.of(task.getVariable(VacancyAppointment.CHOSEN)), null, task.getAssignee());
  }

  boolean toCompetition() {
    return chosenNumber == null;
  }
}
