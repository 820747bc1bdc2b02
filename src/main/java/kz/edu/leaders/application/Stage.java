package kz.edu.leaders.application;

/** The stage a recorded result belongs to (column stage_result.stage). */
public final class Stage {

  public static final String ELIGIBILITY = "ELIGIBILITY";
  public static final String DOCUMENT_SCREENING = "DOCUMENT_SCREENING";
  public static final String TEST = "TEST";
  public static final String RANKING = "RANKING";
  /** Training as a whole; each level is recorded as TRAINING_BASIC, TRAINING_EXPERT, TRAINING_PROFESSIONAL. */
  public static final String TRAINING = "TRAINING";
  /** The host school's evaluation of the internship report, then the mentor's sign-off. */
  public static final String INTERNSHIP = "INTERNSHIP";
  public static final String INTERNSHIP_SIGN_OFF = "INTERNSHIP_SIGN_OFF";
  /** The reflective report: the combined expert score against the pass mark, then the external review. */
  public static final String FINAL_ASSESSMENT = "FINAL_ASSESSMENT";
  public static final String EXTERNAL_REVIEW = "EXTERNAL_REVIEW";
  /** The commission's combined scores (computed), then the chair's decision. */
  public static final String INTERVIEW = "INTERVIEW";
  public static final String INTERVIEW_DECISION = "INTERVIEW_DECISION";
  public static final String RESERVE = "RESERVE";
  /** Appointed without a competition: the outcome is the post (DIRECTOR, DEPUTY_DIRECTOR). */
  public static final String APPOINTMENT = "APPOINTMENT";
  public static final String WITHDRAWAL = "WITHDRAWAL";
  /** An appeal's steps: LODGED, UPHELD, OVERTURNED, JOURNEY_RESUMED (the revised result is recorded at its own stage). */
  public static final String APPEAL = "APPEAL";

  private Stage() {
  }
}
