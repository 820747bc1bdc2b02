package kz.edu.leaders.screening;

import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

  private final Eligibility eligibility;

  public CheckEligibility(Eligibility eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Eligibility.Verdict verdict = eligibility.check(
        ((Number) execution.getVariable(CandidateJourney.APPLICATION_ID)).longValue());
    execution.setVariable(CandidateJourney.ELIGIBLE, verdict.eligible());
    execution.setVariable(CandidateJourney.INELIGIBILITY_REASONS, verdict.reasons());
  }
}
