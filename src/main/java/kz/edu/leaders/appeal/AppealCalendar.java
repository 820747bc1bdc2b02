package kz.edu.leaders.appeal;

import java.time.Clock;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.region.DueDate;
import org.springframework.stereotype.Component;

/** The appeal's due date in the model ({@code ${appealCalendar.decisionDue()}}), on the programme's clock. */
@Component("appealCalendar")
public class AppealCalendar {

  private final AppealSettings settings;
  private final Clock clock;

  public AppealCalendar(AppealSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The commission decides within leaders.appeals.decision-time (default 14 days); later it is overdue. */
  @ModelFunction
  public Date decisionDue() {
    return DueDate.in(settings.decisionTime(), clock);
  }
}
