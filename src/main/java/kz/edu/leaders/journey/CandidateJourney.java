package kz.edu.leaders.journey;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;

/**
 * The {@code candidate-journey} process: its key and the variables it holds. Only ids, the region and
 * the masked IIN travel with the process; everything personal stays in the application tables.
 */
public final class CandidateJourney {

  public static final String PROCESS_KEY = "candidate-journey";

  public static final String APPLICATION_ID = "applicationId";
  public static final String APPLICATION_NUMBER = "applicationNumber";
  /** Region slug: routes regional tasks to e.g. {@code document-reviewers-turkistan}. */
  public static final String REGION = "region";
  /** Tasklist column. */
  public static final String REGION_NAME = "regionName";
  /** Tasklist column: enough to tell candidates apart, not to identify them. */
  public static final String CANDIDATE_MASKED_IIN = "candidateMaskedIin";

  /** Document screening outcome from the reviewer's form: {@code accepted} or {@code rejected}. */
  public static final String DOCUMENTS_DECISION = "documentsDecision";
  public static final String REJECTION_REASON = "rejectionReason";
  /** The screening checklist: every item must be ticked to accept. */
  public static final List<String> DOCUMENT_CHECKLIST = List.of(
      "checkIdentityDocument", "checkDiploma", "checkEmploymentRecord", "checkPostConfirmation",
      "checkApplicationForm");

  private CandidateJourney() {
  }

  public static Map<String, Object> startVariables(Application application) {
    return Map.of(
        APPLICATION_ID, application.getId(),
        APPLICATION_NUMBER, application.getApplicationNumber(),
        REGION, application.getRegion().slug(),
        REGION_NAME, application.getRegion().displayName(),
        CANDIDATE_MASKED_IIN, application.getMaskedIin());
  }
}
