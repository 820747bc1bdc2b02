package kz.edu.leaders.appeal;

import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The appeal's due date in the model ({@code ${appealCalendar.decisionDue()}}), on the engine's clock. */
@Component("appealCalendar")
public class AppealCalendar {

  private final AppealSettings settings;

  public AppealCalendar(AppealSettings settings) {
    this.settings = settings;
  }

  /** The commission decides within leaders.appeals.decision-time (default 14 days); later it is overdue. */
  @ModelFunction
  public Date decisionDue() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(settings.decisionTime()));
  }
}
