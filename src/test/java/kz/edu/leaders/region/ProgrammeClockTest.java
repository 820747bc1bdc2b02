package kz.edu.leaders.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgrammeClockTest {

  private final Clock clock = new ProgrammeClock();

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void halfPastElevenAtNightInUtcIsAlreadyTomorrowInAstana() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-14T23:30:00Z")));

    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 3, 14));
  }

  @Test
  void movingTheEnginesClockMovesThePlatformsClock() {
    Instant before = clock.instant();
    ClockUtil.offset(Duration.ofDays(40).toMillis());

    assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(40)));
    assertThat(LocalDate.now(clock)).isAfter(LocalDate.ofInstant(before, ProgrammeClock.ZONE).plusDays(39));
  }
}
