package kz.edu.leaders.internship;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.enumVariable;
import static kz.edu.leaders.journey.ProcessVariable.intVariable;
import static kz.edu.leaders.journey.ProcessVariable.stringVariable;

import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.ProcessVariable;

/** The {@code internship} process, called by the journey after training: its key and variables. */
public final class Internship {

  public static final String PROCESS_KEY = "internship";

  /** The coordinator's placement form: the proposals shown, the period chosen. */
  public static final String PROPOSALS = "hostSchoolProposals";
  public static final String OPTIONS = PersonalDataVariables.HOST_SCHOOL_OPTIONS;
  public static final String PERIOD_ID = InternshipPlacements.PERIOD_FIELD;
  /** Where and when, for the candidate's mail and the internship period timer. */
  public static final ProcessVariable<String> HOST_SCHOOL_NAME = stringVariable("hostSchoolName");
  public static final ProcessVariable<String> STARTS_ON = stringVariable("internshipStartsOn");
  public static final ProcessVariable<String> ENDS_ON = stringVariable("internshipEndsOn");
  /** The candidate's report arrived (API). */
  public static final String MESSAGE_REPORT_SUBMITTED = "InternshipReportSubmitted";
  /** The host school's evaluation form. */
  public static final String SCORE = "internshipScore";
  public static final String COMMENT = "internshipComment";
  public static final ProcessVariable<Boolean> PASSED = booleanVariable("internshipPassed");
  public static final ProcessVariable<Integer> PASS_MARK = intVariable("internshipPassMark");
  /** The mentor's sign-off form: meetings held and required, and the confirmation. */
  public static final String MEETINGS_HELD = "mentorMeetingsHeld";
  public static final String MEETINGS_REQUIRED = "mentorMeetingsRequired";
  public static final String SIGN_OFF_CONFIRMED = "signOffConfirmed";
  public static final String SIGN_OFF_COMMENT = "signOffComment";
  /** Which step is late, on an escalation to the coordinators (input parameter). */
  static final ProcessVariable<EscalateToCoordinators.Step> OVERDUE_STEP =
      enumVariable("overdueStep", EscalateToCoordinators.Step.class);
  /** Handed back to the journey. */
  public static final ProcessVariable<Boolean> COMPLETED = booleanVariable("internshipCompleted");

  private Internship() {
  }
}
