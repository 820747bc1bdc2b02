package kz.edu.leaders.interview;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.enumVariable;
import static kz.edu.leaders.journey.ProcessVariable.stringVariable;

import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.ProcessVariable;

/** The {@code final-interview} process: its key and variables. */
public final class FinalInterview {

  public static final String PROCESS_KEY = "final-interview";

  /** The coordinator's scheduling form. */
  public static final String DATE = "interviewDate";
  public static final String TIME = "interviewTime";
  public static final String PLACE = "interviewPlace";
  public static final String COMMISSION = "commissionMembers";
  /** The scheduling form's list of the commission to choose from (names). */
  public static final String COMMISSION_OPTIONS = PersonalDataVariables.COMMISSION_OPTIONS;
  /** When the commission sits (the timer) and the member a scoring task belongs to (multi-instance). */
  public static final String INTERVIEW_AT = "interviewAt";
  public static final ProcessVariable<String> MEMBER = stringVariable("commissionMember");
  /** The combined scores (DMN interview-threshold), for the chair's form. */
  public static final String MEAN_SCORE = "interviewMeanScore";
  public static final String THRESHOLD = "interviewThreshold";
  public static final ProcessVariable<InterviewCommission.Decision> COMPUTED_OUTCOME = enumVariable("interviewComputedOutcome", InterviewCommission.Decision.class);
  /** The chair's form. */
  public static final String CHAIR_DECISION = "chairDecision";
  public static final String CHAIR_REASON = "chairReason";
  /** Handed back to the journey. */
  public static final ProcessVariable<Boolean> PASSED = booleanVariable("interviewPassed");

  private FinalInterview() {
  }
}
