package kz.edu.leaders.application;

import static kz.edu.leaders.application.Outcome.*;

import java.util.List;
import java.util.Set;

/**
 * The stage a recorded result belongs to, stored by name (column stage_result.stage), with the
 * outcomes it records: a misspelt stage or outcome does not compile, and a result that names an
 * outcome of another stage is refused before it is stored, instead of silently counting no one.
 * A new stage is one line here, named in Kazakh and Russian as docs/GLOSSARY.md names it (GlossaryTest):
 * the trail, the reports, the fairness page and the appeals' mails take a stage's name from here.
 */
public enum Stage {
  ELIGIBILITY("Талаптарға сәйкестік", "Соответствие требованиям", ELIGIBLE, INELIGIBLE),
  DOCUMENT_SCREENING("Құжаттарды тексеру", "Проверка документов", ACCEPTED, REJECTED, INCOMPLETE),
  TEST("Тестілеу", "Тестирование", PASSED, FAILED),
  RANKING("Оқуға іріктеу", "Отбор на обучение", ADMITTED, NOT_ADMITTED),
  /** Training as a whole; each level is recorded under its own stage. */
  TRAINING("Оқыту", "Обучение", COMPLETED),
  TRAINING_BASIC("Оқыту: базалық деңгей", "Обучение: базовый уровень", PASSED, RETAKE, FAILED),
  TRAINING_EXPERT("Оқыту: сарапшылық деңгей", "Обучение: экспертный уровень", PASSED, RETAKE, FAILED),
  TRAINING_PROFESSIONAL("Оқыту: кәсіби деңгей", "Обучение: профессиональный уровень", PASSED, RETAKE, FAILED),
  /** The host school's evaluation of the internship report, then the mentor's sign-off. */
  INTERNSHIP("Тағылымдама", "Стажировка", PASSED, RETAKE, FAILED),
  INTERNSHIP_SIGN_OFF("Тағылымдаманы растау", "Подтверждение стажировки", SIGNED_OFF),
  /** The reflective report: the two expert scores (agreed or arbitrated), the combined score against the pass mark. */
  FINAL_ASSESSMENT("Қорытынды бағалау", "Итоговое оценивание", AGREED, ARBITRATION, PASSED, RETAKE, FAILED),
  EXTERNAL_REVIEW("Сыртқы сараптама", "Внешняя экспертиза", CONFIRMED, FLAGGED),
  /** The commission's combined scores (computed), then the chair's decision. */
  INTERVIEW("Қорытынды сұхбат", "Итоговое собеседование", ADMIT, REJECT),
  INTERVIEW_DECISION("Қорытынды сұхбат: төраға шешімі", "Итоговое собеседование: решение председателя", ADMIT, REJECT, ADMIT_OVERRIDE, REJECT_OVERRIDE),
  RESERVE("Кадрлық резерв", "Кадровый резерв", ENROLLED, EXPIRED),
  /** Appointed without a competition: the outcome is the post; or the offer released. */
  APPOINTMENT("Тағайындау", "Назначение", DIRECTOR, DEPUTY_DIRECTOR, RELEASED),
  WITHDRAWAL("Бағдарламадан шығу", "Выбытие из программы", NO_RESUBMISSION, TEST_NO_SHOW, TRAINING_FAILED, INTERNSHIP_FAILED, FINAL_REPORT_MISSING,
      FINAL_ASSESSMENT_FAILED, INTERVIEW_FAILED, CANDIDATE_REQUEST, REMOVED_BY_COORDINATOR),
  /** An administrator's correction of the candidate's data: the outcome names the field. */
  DATA_CORRECTION("Деректерді түзету", "Исправление данных", CORRECTED_IIN, CORRECTED_LAST_NAME, CORRECTED_FIRST_NAME, CORRECTED_MIDDLE_NAME, CORRECTED_EMAIL,
      CORRECTED_PHONE, CORRECTED_ORGANISATION_NAME, CORRECTED_PREFERRED_LANGUAGE),
  /** The personal data removed at the end of the retention period. */
  ANONYMISATION("Жеке деректерді жою", "Удаление персональных данных", PERSONAL_DATA_REMOVED),
  /** An appeal's steps; the revised result itself is recorded at its own stage, pointing to the original. */
  APPEAL("Апелляция", "Апелляция", LODGED, UPHELD, OVERTURNED, JOURNEY_RESUMED);

  private final String nameKk;
  private final String nameRu;
  private final Set<Outcome> outcomes;

  Stage(String nameKk, String nameRu, Outcome... outcomes) {
    this.nameKk = nameKk;
    this.nameRu = nameRu;
    this.outcomes = Set.copyOf(List.of(outcomes));
  }

  /** The stage's name in Kazakh (kk) or Russian (ru). */
  public String nameIn(String language) {
    return "kk".equals(language) ? nameKk : nameRu;
  }

  /** What staff read: {@code Құжаттарды тексеру / Проверка документов}, one word when both languages share it. */
  public String bilingualName() {
    return nameKk.equals(nameRu) ? nameKk : nameKk + " / " + nameRu;
  }

  public Set<Outcome> outcomes() {
    return outcomes;
  }

  public boolean records(Outcome outcome) {
    return outcomes.contains(outcome);
  }
}
