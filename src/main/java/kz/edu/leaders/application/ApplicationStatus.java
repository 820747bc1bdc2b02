package kz.edu.leaders.application;

/** Where an application stands in the selection; later stages add their own states. */
public enum ApplicationStatus {
  DOCUMENT_SCREENING,
  INELIGIBLE,
  DOCUMENTS_INCOMPLETE,
  DOCUMENTS_REJECTED,
  /** Documents accepted: waiting for the competency test result. */
  DOCUMENTS_ACCEPTED,
  TEST_PASSED,
  TEST_FAILED,
  ADMITTED_TO_TRAINING,
  TRAINING_COMPLETED,
  /** Placed at a host school. */
  INTERNSHIP,
  INTERNSHIP_COMPLETED,
  FINAL_ASSESSMENT_PASSED,
  /** In the personnel reserve with a certificate, waiting for an appointment. */
  IN_RESERVE,
  RESERVE_EXPIRED,
  APPOINTED,
  NOT_ADMITTED,
  WITHDRAWN
}
