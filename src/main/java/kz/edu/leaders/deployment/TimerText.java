package kz.edu.leaders.deployment;

import java.time.Duration;

/** A setting as a model's timer reads it: ISO 8601, whole days as days (P30D, not PT720H) as people wrote them. */
public final class TimerText {

  private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

  private TimerText() {
  }

  public static String of(Duration duration) {
    return duration.toSeconds() % SECONDS_PER_DAY == 0 && duration.toNanosPart() == 0
        ? "P" + duration.toDays() + "D" : duration.toString();
  }
}
