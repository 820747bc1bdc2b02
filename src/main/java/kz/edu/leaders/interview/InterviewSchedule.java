package kz.edu.leaders.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormChoices;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The scheduling form, read once: when (Astana time, in the future), where, and the user ids of the
 * session's members as given, lower case, each once ({@link InterviewCommission} checks who they are).
 */
public record InterviewSchedule(Instant at, String place, List<String> members, String coordinator) {

  /** The interview table keeps the session's members in one column of this size. */
  static final int MAX_COMMISSION_LENGTH = 1000;

  static InterviewSchedule from(DelegateTask task, Clock clock) {
    TaskClaim.require(task.getAssignee(), FinalInterview.DATE);
    Instant at;
    try {
      at = LocalDate.parse(String.valueOf(task.getVariable(FinalInterview.DATE)))
          .atTime(LocalTime.parse(String.valueOf(task.getVariable(FinalInterview.TIME))))
          .atZone(ProgrammeClock.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldRefused(FinalInterview.DATE,
          "Сұхбаттың күні мен уақытын көрсетіңіз (Астана уақыты) / Укажите дату и время собеседования (время Астаны)");
    }
    if (!at.isAfter(clock.instant())) {
      throw new FieldRefused(FinalInterview.DATE,
          "Сұхбат күні мен уақыты алда болуы керек / Дата и время собеседования должны быть в будущем");
    }
    String place = FormText.between(task.getVariable(FinalInterview.PLACE), 3, 500, FinalInterview.PLACE,
        "Орнын немесе онлайн сілтемені жазыңыз / Укажите место или онлайн-ссылку");
    return new InterviewSchedule(at, place, members(task.getVariable(FinalInterview.COMMISSION)), task.getAssignee());
  }

  /** As the form's taglist sends them (a list), or as a text of ids separated by commas, semicolons or spaces (the API). */
  private static List<String> members(Object commission) {
    List<String> given = commission instanceof Collection<?> list ? FormChoices.values(list)
        : Arrays.asList(FormText.of(commission).split("[,;\\s]+"));
    Set<String> members = new LinkedHashSet<>(given.stream().map(id -> id.strip().toLowerCase(Locale.ROOT))
        .filter(id -> !id.isEmpty()).toList());
    if (String.join(",", members).length() > MAX_COMMISSION_LENGTH) {
      throw new FieldRefused(FinalInterview.COMMISSION,
          "Бір сессияға мүшелер тым көп / Слишком много членов комиссии для одной сессии");
    }
    return List.copyOf(members);
  }
}
