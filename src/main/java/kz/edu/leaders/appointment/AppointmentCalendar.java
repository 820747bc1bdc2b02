package kz.edu.leaders.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How long a reservist has to answer an offer: the offer's answerDue, which the process's timer waits for. */
@Component
public class AppointmentCalendar {

  private final Duration answerDeadline;
  private final Clock clock;

  public AppointmentCalendar(AppointmentSettings settings, Clock clock) {
    this.answerDeadline = settings.answerDeadline();
    this.clock = clock;
  }

  Instant answerDueFromNow() {
    return clock.instant().plus(answerDeadline);
  }
}
