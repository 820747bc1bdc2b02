package kz.edu.leaders.training;

/** The {@code training} process, called by the journey for admitted candidates: its key and variables. */
public final class Training {

  public static final String PROCESS_KEY = "training";

  /** The level being trained (multi-instance element) and the attempt at its assessment, both local. */
  public static final String LEVEL = "level";
  public static final String ATTEMPT = "attempt";
  /** From the trainer's form. */
  public static final String LEVEL_SCORE = "levelScore";
  public static final String LEVEL_COMMENT = "levelComment";
  /** What the assessment decided, for the gateway and the candidate's mail. */
  public static final String LEVEL_OUTCOME = "levelOutcome";
  public static final String LEVEL_PASSED = "levelPassed";
  public static final String LEVEL_RETAKE = "levelRetake";
  public static final String LEVEL_PASS_MARK = "levelPassMark";
  public static final String LEVEL_NAME_KK = "levelNameKk";
  public static final String LEVEL_NAME_RU = "levelNameRu";
  /** Handed back to the journey. */
  public static final String TRAINING_COMPLETED = "trainingCompleted";

  private Training() {
  }
}
