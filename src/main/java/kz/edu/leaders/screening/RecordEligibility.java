package kz.edu.leaders.screening;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The end of the eligibility business rule task: the table's verdict recorded, and the journey told
 * whether the candidate goes on ({@code eligible}) and, if not, why, in their language.
 */
@Component("recordEligibility")
public class RecordEligibility implements ExecutionListener {

  /** The task's result variable (resultList): local to the task, so the journey keeps only the verdict. */
  static final String FAILURES = "eligibilityFailures";

  private final Eligibility eligibility;

  public RecordEligibility(Eligibility eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Eligibility.Verdict verdict = eligibility.record(CandidateJourney.applicationId(execution),
        (List<Map<String, Object>>) execution.getVariableLocal(FAILURES));
    CandidateJourney.ELIGIBLE.set(execution, verdict.eligible());
    CandidateJourney.INELIGIBILITY_REASONS.set(execution, verdict.reasons());
  }
}
