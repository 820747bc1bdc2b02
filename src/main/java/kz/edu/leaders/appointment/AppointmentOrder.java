package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The appointment-order form, read once: the order's number and date, or, when the reservist cannot
 * take the post after all, HR's note saying why (then {@code number} and {@code date} are null).
 */
record AppointmentOrder(String number, LocalDate date, String unavailableNote, String officer) {

  static final String APPOINTED = "appointed";
  static final String UNAVAILABLE = "unavailable";

  static AppointmentOrder from(DelegateTask task) {
    String officer = task.getAssignee();
    if (UNAVAILABLE.equals(task.getVariable(VacancyAppointment.ORDER_OUTCOME))) {
      TaskClaim.require(officer, VacancyAppointment.ORDER_OUTCOME);
      return new AppointmentOrder(null, null, FormText.between(task.getVariable(VacancyAppointment.UNAVAILABLE_NOTE),
          10, 500, VacancyAppointment.UNAVAILABLE_NOTE,
          "Резервисттің неге лауазымды ала алмайтынын жазыңыз / Напишите, почему резервист не может занять должность"),
          officer);
    }
    TaskClaim.require(officer, VacancyAppointment.ORDER_NUMBER);
    String number = FormText.between(task.getVariable(VacancyAppointment.ORDER_NUMBER), 1, 64,
        VacancyAppointment.ORDER_NUMBER, "Бұйрық нөмірін жазыңыз / Укажите номер приказа");
    try {
      return new AppointmentOrder(number, LocalDate.parse(String.valueOf(task.getVariable(VacancyAppointment.ORDER_DATE))),
          null, officer);
    } catch (DateTimeParseException e) {
      throw new FieldRefused(VacancyAppointment.ORDER_DATE,
          "Бұйрық күнін көрсетіңіз / Укажите дату приказа");
    }
  }

  boolean unavailable() {
    return unavailableNote != null;
  }
}
