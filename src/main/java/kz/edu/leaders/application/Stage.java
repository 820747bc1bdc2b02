package kz.edu.leaders.application;

import static kz.edu.leaders.application.Outcome.*;

import java.util.List;
import java.util.Set;

/**
 * The stage a recorded result belongs to, stored by name (column stage_result.stage), with the
 * outcomes it records: a misspelt stage or outcome does not compile, and a result that names an
 * outcome of another stage is refused before it is stored, instead of silently counting no one.
 * A new stage is one line here.
 */
public enum Stage {
  ELIGIBILITY(ELIGIBLE, INELIGIBLE),
  DOCUMENT_SCREENING(ACCEPTED, REJECTED, INCOMPLETE),
  TEST(PASSED, FAILED),
  RANKING(ADMITTED, NOT_ADMITTED),
  /** Training as a whole; each level is recorded under its own stage. */
  TRAINING(COMPLETED),
  TRAINING_BASIC(PASSED, RETAKE, FAILED),
  TRAINING_EXPERT(PASSED, RETAKE, FAILED),
  TRAINING_PROFESSIONAL(PASSED, RETAKE, FAILED),
  /** The host school's evaluation of the internship report, then the mentor's sign-off. */
  INTERNSHIP(PASSED, RETAKE, FAILED),
  INTERNSHIP_SIGN_OFF(SIGNED_OFF),
  /** The reflective report: the two expert scores (agreed or arbitrated), the combined score against the pass mark. */
  FINAL_ASSESSMENT(AGREED, ARBITRATION, PASSED, RETAKE, FAILED),
  EXTERNAL_REVIEW(CONFIRMED, FLAGGED),
  /** The commission's combined scores (computed), then the chair's decision. */
  INTERVIEW(ADMIT, REJECT),
  INTERVIEW_DECISION(ADMIT, REJECT, ADMIT_OVERRIDE, REJECT_OVERRIDE),
  RESERVE(ENROLLED, EXPIRED),
  /** Appointed without a competition: the outcome is the post; or the offer released. */
  APPOINTMENT(DIRECTOR, DEPUTY_DIRECTOR, RELEASED),
  WITHDRAWAL(NO_RESUBMISSION, TEST_NO_SHOW, TRAINING_FAILED, INTERNSHIP_FAILED, FINAL_REPORT_MISSING,
      FINAL_ASSESSMENT_FAILED, INTERVIEW_FAILED, CANDIDATE_REQUEST, REMOVED_BY_COORDINATOR),
  /** An administrator's correction of the candidate's data: the outcome names the field. */
  DATA_CORRECTION(CORRECTED_IIN, CORRECTED_LAST_NAME, CORRECTED_FIRST_NAME, CORRECTED_MIDDLE_NAME, CORRECTED_EMAIL,
      CORRECTED_PHONE, CORRECTED_ORGANISATION_NAME, CORRECTED_PREFERRED_LANGUAGE),
  /** The personal data removed at the end of the retention period. */
  ANONYMISATION(PERSONAL_DATA_REMOVED),
  /** An appeal's steps; the revised result itself is recorded at its own stage, pointing to the original. */
  APPEAL(LODGED, UPHELD, OVERTURNED, JOURNEY_RESUMED);

  private final Set<Outcome> outcomes;

  Stage(Outcome... outcomes) {
    this.outcomes = Set.copyOf(List.of(outcomes));
  }

  public Set<Outcome> outcomes() {
    return outcomes;
  }

  public boolean records(Outcome outcome) {
    return outcomes.contains(outcome);
  }
}
