package kz.edu.leaders.application;

/** Where an application stands; later stages add their own states. */
public enum ApplicationStatus {
  DOCUMENT_SCREENING,
  DOCUMENTS_ACCEPTED,
  DOCUMENTS_REJECTED
}
