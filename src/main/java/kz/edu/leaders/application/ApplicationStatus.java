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
  NOT_ADMITTED,
  WITHDRAWN
}
