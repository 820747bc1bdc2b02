package kz.edu.leaders.application;

/** The stage a recorded result belongs to (column stage_result.stage). */
public final class Stage {

  public static final String ELIGIBILITY = "ELIGIBILITY";
  public static final String DOCUMENT_SCREENING = "DOCUMENT_SCREENING";
  public static final String TEST = "TEST";
  public static final String RANKING = "RANKING";
  public static final String WITHDRAWAL = "WITHDRAWAL";

  private Stage() {
  }
}
