package kz.edu.leaders.fairness;

/** The scores compared between groups, each on its own scale. */
public enum Measure {
  TEST("Тест (0–100)", "Тест (0–100)"),
  /** The score that stood at the final assessment: the experts' mean or the arbitration's. */
  FINAL_ASSESSMENT("Қорытынды бағалау (0–100)", "Итоговая оценка (0–100)"),
  /** The commission's mean over its members and the competencies, 1 to 5. */
  INTERVIEW("Сұхбат (1–5)", "Собеседование (1–5)");

  private final String labelKk;
  private final String labelRu;

  Measure(String labelKk, String labelRu) {
    this.labelKk = labelKk;
    this.labelRu = labelRu;
  }

  public String label() {
    return labelKk + " / " + labelRu;
  }
}
