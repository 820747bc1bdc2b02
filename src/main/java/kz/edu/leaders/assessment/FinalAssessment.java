package kz.edu.leaders.assessment;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.intVariable;

import kz.edu.leaders.journey.ProcessVariable;

/**
 * The {@code final-assessment} process: its key and variables. The journey hands it the application's
 * id and nothing else (no business key, no name, region or IIN), so that its reviewers work blind.
 */
public final class FinalAssessment {

  public static final String PROCESS_KEY = "final-assessment";

  public static final String MESSAGE_REPORT_SUBMITTED = "FinalReportSubmitted";
  /** The reviewer's form. */
  public static final String REVIEW_SCORE = "reviewScore";
  public static final String REVIEW_COMMENT = "reviewComment";
  /** The two experts' scores compared: review-gap's input (local to its task) and its result. */
  public static final String SCORE_GAP = "scoreGap";
  public static final ProcessVariable<Boolean> ARBITRATION_NEEDED = booleanVariable("arbitrationNeeded");
  /** The score that stands: the experts' mean, or the arbitration's. */
  public static final String FINAL_SCORE = "finalAssessmentScore";
  /** The external reviewer's form: confirmed or flagged, and why. */
  public static final String EXTERNAL_DECISION = "externalDecision";
  public static final String FLAG_REASON = "flagReason";
  public static final ProcessVariable<Boolean> EXTERNAL_CONFIRMED = booleanVariable("externalConfirmed");
  /** Handed back to the journey. */
  public static final ProcessVariable<Boolean> PASSED = booleanVariable("finalAssessmentPassed");
  public static final ProcessVariable<Integer> PASS_MARK = intVariable("finalAssessmentPassMark");

  private FinalAssessment() {
  }
}
