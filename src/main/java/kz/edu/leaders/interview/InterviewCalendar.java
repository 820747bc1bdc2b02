package kz.edu.leaders.interview;

import java.time.Clock;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.region.DueDate;
import org.springframework.stereotype.Component;

/** When the final interview's tasks are due ({@code ${interviewCalendar...}}). */
@Component("interviewCalendar")
public class InterviewCalendar {

  private final InterviewSettings settings;
  private final Clock clock;

  public InterviewCalendar(InterviewSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Scheduling the interview is due: now plus leaders.interview.scheduling-time. */
  @ModelFunction
  public Date schedulingDue() {
    return DueDate.in(settings.schedulingTime(), clock);
  }

  /** A commission member's scoring is due: now plus leaders.interview.scoring-time. */
  @ModelFunction
  public Date scoringDue() {
    return DueDate.in(settings.scoringTime(), clock);
  }

  /** The chair's confirmation is due: now plus leaders.interview.confirmation-time. */
  @ModelFunction
  public Date confirmationDue() {
    return DueDate.in(settings.confirmationTime(), clock);
  }
}
