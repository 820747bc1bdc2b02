package kz.edu.leaders.appointment;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** How long a reservist has to answer an offer: the offer's answerDue, which the process's timer waits for. */
@Component
public class AppointmentCalendar {

  private final Duration answerDeadline;

  public AppointmentCalendar(AppointmentSettings settings) {
    this.answerDeadline = settings.answerDeadline();
  }

  Instant answerDueFromNow() {
    return ClockUtil.getCurrentTime().toInstant().plus(answerDeadline);
  }
}
