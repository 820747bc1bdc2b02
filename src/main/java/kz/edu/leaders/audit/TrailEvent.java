package kz.edu.leaders.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One line of a candidate's history: when, what, in which chapter of the programme, where in which
 * process version, who, and the particulars (form values with their labels, scores, the rule and
 * what it saw, the mail sent).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TrailEvent(Instant at, Kind kind, Chapter chapter, String process, String activityId,
    String activityName, String who, String detail, List<Field> fields) {

  public TrailEvent(Instant at, Kind kind, Chapter chapter, String process, String activityId, String activityName,
      String who, String detail) {
    this(at, kind, chapter, process, activityId, activityName, who, detail, List.of());
  }

  public enum Kind {
    PROCESS_STARTED("Процесс басталды", "Процесс начат", true),
    PROCESS_ENDED("Процесс аяқталды", "Процесс завершён", true),
    ACTIVITY_ENTERED("Қадам басталды", "Шаг начат", true),
    ACTIVITY_LEFT("Қадам аяқталды", "Шаг завершён", true),
    TASK_ROUTED("Тапсырма бағытталды", "Задача направлена", true),
    FORM_SUBMITTED("Форма жіберілді", "Форма отправлена", false),
    VARIABLE_SET("Айнымалы", "Переменная", true),
    STAGE_RESULT("Шешім", "Решение", false),
    MAIL("Хат", "Письмо", false),
    OPERATION("Әрекет", "Действие", false),
    INCIDENT_RAISED("Ақау", "Инцидент", false),
    INCIDENT_RESOLVED("Ақау жойылды", "Инцидент устранён", false),
    /** A post offered to the reservist, and what became of the offer. */
    OFFER("Лауазым ұсынысы", "Предложение должности", false),
    /** A document the candidate uploaded, or a reviewer opened. */
    DOCUMENT("Құжат", "Документ", false),
    /** The mentor assigned for the training (proposed or chosen with a reason), and the release. */
    MENTOR("Тәлімгер", "Наставник", false),
    /** The internship's host school and period. */
    PLACEMENT("Тағылымдама орны", "Место стажировки", false),
    /** The final interview's date, place and commission. */
    INTERVIEW("Сұхбат", "Собеседование", false),
    /** The reserve certificate issued, and how the membership ended. */
    CERTIFICATE("Сертификат", "Сертификат", false);

    private final String kk;
    private final String ru;
    private final boolean technical;

    Kind(String kk, String ru, boolean technical) {
      this.kk = kk;
      this.ru = ru;
      this.technical = technical;
    }

    public String label() {
      return kk.equals(ru) ? kk : kk + " / " + ru;
    }

    /** The engine's bookkeeping: folded away in the story, kept in full in the data (JSON, CSV). */
    public boolean technical() {
      return technical;
    }
  }

  /**
   * A value a person submitted on a form: the field's key, its label on the form, what was sent, and
   * the label of the option chosen when the field offers fixed options.
   */
  public record Field(String key, String label, Object value, String valueLabel) {
  }
}
