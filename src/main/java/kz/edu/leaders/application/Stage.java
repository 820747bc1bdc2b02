package kz.edu.leaders.application;

/** The stage a recorded result belongs to (column stage_result.stage). */
public final class Stage {

  public static final String ELIGIBILITY = "ELIGIBILITY";
  public static final String DOCUMENT_SCREENING = "DOCUMENT_SCREENING";
  public static final String TEST = "TEST";
  public static final String RANKING = "RANKING";
  /** Training as a whole; each level is recorded as TRAINING_BASIC, TRAINING_EXPERT, TRAINING_PROFESSIONAL. */
  public static final String TRAINING = "TRAINING";
  public static final String WITHDRAWAL = "WITHDRAWAL";

  private Stage() {
  }
}
