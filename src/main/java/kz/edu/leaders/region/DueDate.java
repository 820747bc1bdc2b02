package kz.edu.leaders.region;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/** A user task's due date as the models set it: now on the programme's clock plus the stage's setting. */
public final class DueDate {

  private DueDate() {
  }

  public static Date in(Duration time, Clock clock) {
    return Date.from(clock.instant().plus(time));
  }
}
