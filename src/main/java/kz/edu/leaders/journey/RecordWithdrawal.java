package kz.edu.leaders.journey;

import java.time.Clock;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.appointment.Appointments;
import kz.edu.leaders.internship.InternshipPlacements;
import kz.edu.leaders.reserve.Reserve;
import kz.edu.leaders.training.MentorMatching;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Withdraws the candidate for the reason named by the task's input parameter {@code withdrawalReason}
 * (or, for a withdrawal someone asked for, by the request), and leaves that reason, in the
 * candidate's language, for the mail that follows. The mentor's and host school's places free up; a reserve certificate stops being valid, an offered post goes back to HR.
 */
@Component("recordWithdrawal")
public class RecordWithdrawal implements JavaDelegate {

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final MentorMatching mentors;
  private final InternshipPlacements internships;
  private final Reserve reserve;
  private final Appointments appointments;
  private final Clock clock;

  public RecordWithdrawal(ApplicationRepository applications, StageResultRepository results, MentorMatching mentors,
      InternshipPlacements internships, Reserve reserve, Appointments appointments, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.mentors = mentors;
    this.internships = internships;
    this.reserve = reserve;
    this.appointments = appointments;
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
    results.save(new StageResult(application.getId(), Stage.WITHDRAWAL, reason.name(),
        reason.in("ru") + (note == null ? "" : ": " + note), decidedBy, clock.instant()));
    execution.setVariable(CandidateJourney.WITHDRAWAL_REASON_TEXT, told);
    mentors.release(application.getId());
    internships.release(application.getId());
    reserve.withdraw(application.getId());
    appointments.releaseOffersOf(application.getId());
  }
}
