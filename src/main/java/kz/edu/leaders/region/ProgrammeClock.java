package kz.edu.leaders.region;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The platform's one clock: the engine's ({@link ClockUtil}, the real time unless a test or the
 * simulator moves it), so every recorded time, every decision and the engine's timers share one
 * timeline. Its zone is the programme's: {@code LocalDate.now(clock)} is today in Astana.
 */
public final class ProgrammeClock extends Clock {

  /** For annotations, which need a constant ({@code @Scheduled(zone = ...)}). */
  public static final String ZONE_ID = "Asia/Almaty";
  /** Kazakhstan's one time zone (UTC+5): a programme day ends at midnight in Astana. */
  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);
  /** A day as people in Kazakhstan write it, 15.03.2026; an instant is shown as its day in Astana. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZONE);
  /** A day and time as people in Kazakhstan write them, 15.03.2026 18:00; an instant in Astana time. */
  public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

  private final ZoneId zone;

  public ProgrammeClock() {
    this(ZONE);
  }

  private ProgrammeClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new ProgrammeClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProgrammeClock clock && clock.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "ProgrammeClock[" + zone + "]";
  }
}
