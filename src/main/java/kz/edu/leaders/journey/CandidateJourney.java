package kz.edu.leaders.journey;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.enumVariable;
import static kz.edu.leaders.journey.ProcessVariable.intVariable;
import static kz.edu.leaders.journey.ProcessVariable.longVariable;
import static kz.edu.leaders.journey.ProcessVariable.stringVariable;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code candidate-journey} process: its key and the variables it holds. Only ids, the region and
 * the masked IIN travel with the process; everything personal stays in the application tables.
 */
public final class CandidateJourney {

  public static final String PROCESS_KEY = "candidate-journey";

  public static final ProcessVariable<Long> APPLICATION_ID = longVariable("applicationId");
  public static final ProcessVariable<String> APPLICATION_NUMBER = stringVariable("applicationNumber");
  /** Region slug: routes regional tasks to e.g. {@code document-reviewers-turkistan}. */
  public static final String REGION = "region";
  /** Tasklist column. */
  public static final ProcessVariable<String> REGION_NAME = stringVariable("regionName");
  /** Tasklist column: enough to tell candidates apart, not to identify them. */
  public static final String CANDIDATE_MASKED_IIN = "candidateMaskedIin";

  public static final ProcessVariable<Integer> COHORT_YEAR = intVariable("cohortYear");

  /** Eligibility (DMN): the verdict and, when ineligible, the reasons in the candidate's language. */
  public static final ProcessVariable<Boolean> ELIGIBLE = booleanVariable("eligible");
  public static final ProcessVariable<String> INELIGIBILITY_REASONS = stringVariable("ineligibilityReasons");

  /** Document screening outcome from the reviewer's form: accepted, rejected or incomplete. */
  public static final String DOCUMENTS_DECISION = "documentsDecision";
  public static final String REJECTION_REASON = "rejectionReason";
  /** What the candidate must still send, when the documents are incomplete. */
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  /** The last day to send them (YYYY-MM-DD), for the candidate's mail. */
  public static final ProcessVariable<String> RESUBMISSION_DEADLINE = stringVariable("resubmissionDeadline");

  /** Messages the journey waits for. */
  public static final String MESSAGE_DOCUMENTS_RESUBMITTED = "DocumentsResubmitted";
  public static final String MESSAGE_TEST_RESULT = "TestResultReceived";
  public static final String MESSAGE_TEST_NO_SHOW = "TestNoShow";
  public static final String MESSAGE_RANKING_DECIDED = "RankingDecided";
  /** A reservist was appointed to a post (the appointment issue's vacancy process sends it). */
  public static final String MESSAGE_RESERVIST_APPOINTED = "ReservistAppointed";

  /** Competency test and ranking. */
  public static final String TEST_SCORE = "testScore";
  public static final String TEST_PASSED = "testPassed";
  public static final String PASS_MARK = "passMark";
  public static final String ADMITTED = "admittedToTraining";
  public static final String RANK_POSITION = "rankPosition";

  public static final ProcessVariable<String> WITHDRAWAL_REASON_TEXT = stringVariable("withdrawalReasonText");

  /** A withdrawal someone asked for: the message, who asked, the kind and the stated reason. */
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";
  public static final ProcessVariable<WithdrawalReason> WITHDRAWAL_REQUESTED =
      enumVariable("withdrawalRequested", WithdrawalReason.class);
  public static final ProcessVariable<String> WITHDRAWAL_REQUESTED_BY = stringVariable("withdrawalRequestedBy");
  public static final ProcessVariable<String> WITHDRAWAL_NOTE = stringVariable("withdrawalNote");
  /** A withdrawal the journey decides itself (a missed deadline): the withdrawal step's input parameter. */
  public static final ProcessVariable<WithdrawalReason> WITHDRAWAL_REASON =
      enumVariable("withdrawalReason", WithdrawalReason.class);
  /** The screening checklist: every item must be ticked to accept. */
  public static final List<String> DOCUMENT_CHECKLIST = List.of(
      "checkIdentityDocument", "checkDiploma", "checkEmploymentRecord", "checkPostConfirmation",
      "checkApplicationForm");

  private CandidateJourney() {
  }

  /** The application a process step works on. */
  public static long applicationId(VariableScope scope) {
    return APPLICATION_ID.from(scope);
  }
}
