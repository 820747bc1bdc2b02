package kz.edu.leaders.training;

import kz.edu.leaders.application.Stage;

/** The three levels of training, in order (DOMAIN.md). */
public enum TrainingLevel {
  BASIC("Базалық деңгей", "Базовый уровень"),
  EXPERT("Сарапшылық деңгей", "Экспертный уровень"),
  PROFESSIONAL("Кәсіби деңгей", "Профессиональный уровень");

  private final String kazakh;
  private final String russian;

  TrainingLevel(String kazakh, String russian) {
    this.kazakh = kazakh;
    this.russian = russian;
  }

  public String kazakh() {
    return kazakh;
  }

  public String russian() {
    return russian;
  }

  /** The stage name its results are recorded under, and the pass-marks table's input. */
  public String stage() {
    return Stage.TRAINING + "_" + name();
  }
}
