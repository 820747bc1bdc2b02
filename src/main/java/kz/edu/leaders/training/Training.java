package kz.edu.leaders.training;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.enumVariable;
import static kz.edu.leaders.journey.ProcessVariable.intVariable;
import static kz.edu.leaders.journey.ProcessVariable.stringVariable;

import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.journey.ProcessVariable;

/** The {@code training} process, called by the journey for admitted candidates: its key and variables. */
public final class Training {

  public static final String PROCESS_KEY = "training";

  /** The level being trained (multi-instance element) and the attempt at its assessment, both local. */
  public static final ProcessVariable<TrainingLevel> LEVEL = enumVariable("level", TrainingLevel.class);
  public static final ProcessVariable<Integer> ATTEMPT = intVariable("attempt");
  /** From the trainer's form. */
  public static final String LEVEL_SCORE = "levelScore";
  public static final String LEVEL_COMMENT = "levelComment";
  /** What the assessment decided, for the gateway and the candidate's mail. */
  public static final ProcessVariable<Outcome> LEVEL_OUTCOME = enumVariable("levelOutcome", Outcome.class);
  public static final ProcessVariable<Boolean> LEVEL_PASSED = booleanVariable("levelPassed");
  public static final ProcessVariable<Boolean> LEVEL_RETAKE = booleanVariable("levelRetake");
  public static final ProcessVariable<Integer> LEVEL_PASS_MARK = intVariable("levelPassMark");
  public static final ProcessVariable<String> LEVEL_NAME_KK = stringVariable("levelNameKk");
  public static final ProcessVariable<String> LEVEL_NAME_RU = stringVariable("levelNameRu");
  /** Handed back to the journey. */
  public static final ProcessVariable<Boolean> TRAINING_COMPLETED = booleanVariable("trainingCompleted");

  private Training() {
  }
}
