package kz.edu.leaders.internship;

import kz.edu.leaders.identity.PersonalDataVariables;

/** The {@code internship} process, called by the journey after training: its key and variables. */
public final class Internship {

  public static final String PROCESS_KEY = "internship";

  /** The coordinator's placement form: the proposals shown, the period chosen. */
  public static final String PROPOSALS = "hostSchoolProposals";
  public static final String OPTIONS = PersonalDataVariables.HOST_SCHOOL_OPTIONS;
  public static final String PERIOD_ID = InternshipPlacements.PERIOD_FIELD;
  /** Where and when, for the candidate's mail and the internship period timer. */
  public static final String HOST_SCHOOL_NAME = "hostSchoolName";
  public static final String STARTS_ON = "internshipStartsOn";
  public static final String ENDS_ON = "internshipEndsOn";
  /** The candidate's report arrived (API). */
  public static final String MESSAGE_REPORT_SUBMITTED = "InternshipReportSubmitted";
  /** The host school's evaluation form. */
  public static final String SCORE = "internshipScore";
  public static final String COMMENT = "internshipComment";
  public static final String PASSED = "internshipPassed";
  public static final String PASS_MARK = "internshipPassMark";
  /** The mentor's sign-off form: meetings held and required, and the confirmation. */
  public static final String MEETINGS_HELD = "mentorMeetingsHeld";
  public static final String MEETINGS_REQUIRED = "mentorMeetingsRequired";
  public static final String SIGN_OFF_CONFIRMED = "signOffConfirmed";
  public static final String SIGN_OFF_COMMENT = "signOffComment";
  /** Which step is late, on an escalation to the coordinators (input parameter). */
  public static final String OVERDUE_STEP = "overdueStep";
  /** Handed back to the journey. */
  public static final String COMPLETED = "internshipCompleted";

  private Internship() {
  }
}
