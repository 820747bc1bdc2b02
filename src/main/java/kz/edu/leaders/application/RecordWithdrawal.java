package kz.edu.leaders.application;

import java.time.Clock;
import java.util.List;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.WithdrawalReason;
import kz.edu.leaders.journey.WithdrawalReaction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Withdraws the candidate for the reason named by the task's input parameter {@code withdrawalReason}
 * (or, for a withdrawal someone asked for, by the request), and leaves that reason, in the
 * candidate's language, for the mail that follows. Then each stage's {@link WithdrawalReaction} frees
 * what the candidate held there (a mentor's or host school's place, a certificate, an offered post).
 */
@Component("recordWithdrawal")
public class RecordWithdrawal implements JavaDelegate {

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final List<WithdrawalReaction> reactions;
  private final Clock clock;

  public RecordWithdrawal(ApplicationRepository applications, StageResultRepository results,
      List<WithdrawalReaction> reactions, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.reactions = List.copyOf(reactions);
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requested = execution.getVariable(CandidateJourney.WITHDRAWAL_REQUESTED);
    WithdrawalReason reason = WithdrawalReason.valueOf(
        (String) (execution.hasVariableLocal("withdrawalReason") ? execution.getVariableLocal("withdrawalReason") : requested));
    Object note = execution.getVariable(CandidateJourney.WITHDRAWAL_NOTE);
    String decidedBy = execution.hasVariable(CandidateJourney.WITHDRAWAL_REQUESTED_BY)
        ? (String) execution.getVariable(CandidateJourney.WITHDRAWAL_REQUESTED_BY) : "system";
    Application application = applications.findById(
        ((Number) execution.getVariable(CandidateJourney.APPLICATION_ID)).longValue()).orElseThrow();
    application.changeStatus(ApplicationStatus.WITHDRAWN);
    String told = reason.in(application.getPreferredLanguage()) + (note == null ? "" : ": " + note);
    results.save(new StageResult(application.getId(), Stage.WITHDRAWAL, Outcome.withdrawn(reason),
        reason.in("ru") + (note == null ? "" : ": " + note), decidedBy, clock.instant()));
    execution.setVariable(CandidateJourney.WITHDRAWAL_REASON_TEXT, told);
    reactions.forEach(reaction -> reaction.candidateWithdrew(application.getId()));
  }
}
