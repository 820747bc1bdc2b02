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
    // a reason the model names (a missed deadline) on this step, else the one someone asked with
    WithdrawalReason reason = execution.hasVariableLocal(CandidateJourney.WITHDRAWAL_REASON.name())
        ? CandidateJourney.WITHDRAWAL_REASON.fromLocal(execution)
        : CandidateJourney.WITHDRAWAL_REQUESTED.from(execution);
    String note = CandidateJourney.WITHDRAWAL_NOTE.optionalFrom(execution).orElse(null);
    String decidedBy = CandidateJourney.WITHDRAWAL_REQUESTED_BY.optionalFrom(execution).orElse("system");
    Application application = applications.findById(
        CandidateJourney.APPLICATION_ID.from(execution)).orElseThrow();
    application.changeStatus(ApplicationStatus.WITHDRAWN);
    String told = reason.in(application.getPreferredLanguage()) + (note == null ? "" : ": " + note);
    results.save(new StageResult(application.getId(), Stage.WITHDRAWAL, Outcome.withdrawn(reason),
        reason.in("ru") + (note == null ? "" : ": " + note), decidedBy, clock.instant()));
    CandidateJourney.WITHDRAWAL_REASON_TEXT.set(execution, told);
    reactions.forEach(reaction -> reaction.candidateWithdrew(application.getId()));
  }
}
