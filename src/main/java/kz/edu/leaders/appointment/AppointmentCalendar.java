package kz.edu.leaders.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.region.DueDate;
import org.springframework.stereotype.Component;

/**
 * How long a reservist has to answer an offer (the offer's answerDue, which the process's timer waits
 * for), and when the regional HR officers' tasks are due ({@code ${appointmentCalendar...}}).
 */
@Component("appointmentCalendar")
public class AppointmentCalendar {

  private final AppointmentSettings settings;
  private final Clock clock;

  public AppointmentCalendar(AppointmentSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  Instant answerDueFromNow() {
    return clock.instant().plus(settings.answerDeadline());
  }

  /** Choosing the reservist to offer the post to is due: now plus leaders.appointment.choice-time. */
  @ModelFunction
  public Date choiceDue() {
    return DueDate.in(settings.choiceTime(), clock);
  }

  /** Recording the appointment order is due: now plus leaders.appointment.order-time. */
  @ModelFunction
  public Date orderDue() {
    return DueDate.in(settings.orderTime(), clock);
  }
}
