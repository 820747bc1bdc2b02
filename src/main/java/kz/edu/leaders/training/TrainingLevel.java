package kz.edu.leaders.training;

import kz.edu.leaders.application.Stage;

/** The three levels of training, in order (docs/DOMAIN.md). */
public enum TrainingLevel {
  BASIC("Базалық деңгей", "Базовый уровень", Stage.TRAINING_BASIC),
  EXPERT("Сарапшылық деңгей", "Экспертный уровень", Stage.TRAINING_EXPERT),
  PROFESSIONAL("Кәсіби деңгей", "Профессиональный уровень", Stage.TRAINING_PROFESSIONAL);

  private final String kazakh;
  private final String russian;
  private final Stage stage;

  TrainingLevel(String kazakh, String russian, Stage stage) {
    this.kazakh = kazakh;
    this.russian = russian;
    this.stage = stage;
  }

  public String kazakh() {
    return kazakh;
  }

  public String russian() {
    return russian;
  }

  /** The stage name its results are recorded under, and the pass-marks table's input. */
  public Stage stage() {
    return stage;
  }
}
