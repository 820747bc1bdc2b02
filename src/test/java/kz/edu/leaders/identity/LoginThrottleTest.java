package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with small limits and a clock the test moves. */
class LoginThrottleTest {

  private static final LoginLimits LIMITS = new LoginLimits(Duration.ofMinutes(15), 20, 3, 5, Duration.ofSeconds(2),
      List.of("application-intake"), 1000);

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, clock, "portal"::equals);

  @Test
  void failuresForAnAccountThrottleTheAddressThatSentThemForThatAccountOnly() {
    fail("203.0.113.1", "portal", 3);

    assertThat(throttle.retryAfter("203.0.113.1", "portal")).contains(Duration.ofMinutes(15));
    assertThat(throttle.retryAfter("203.0.113.2", "portal")).isEmpty();
    assertThat(throttle.retryAfter("203.0.113.1", "reviewer.turkistan")).isEmpty();

    clock.pass(Duration.ofMinutes(15));
    assertThat(throttle.retryAfter("203.0.113.1", "portal")).isEmpty();
  }

  @Test
  void manyFailuresFromOneAddressThrottleItForEveryAccount() {
    IntStream.range(0, 20).forEach(i -> throttle.failed("203.0.113.1", "guess" + i));

    assertThat(throttle.retryAfter("203.0.113.1", "reviewer.turkistan")).isPresent();
    assertThat(throttle.retryAfter("203.0.113.2", "reviewer.turkistan")).isEmpty();
  }

  @Test
  void aHumanAccountFailedFromEverywhereIsSlowedDownButNeverLocked() {
    IntStream.range(0, 5).forEach(i -> throttle.failed("203.0.113." + i, "reviewer.turkistan"));

    assertThat(throttle.retryAfter("198.51.100.7", "reviewer.turkistan")).contains(Duration.ofSeconds(2));
    clock.pass(Duration.ofSeconds(2));
    assertThat(throttle.retryAfter("198.51.100.7", "reviewer.turkistan")).isEmpty();
  }

  @Test
  void strangersFailingAnAccountNeverSlowItsOwnerAtAnAddressTheyLoggedInFrom() {
    throttle.succeeded("198.51.100.7", "reviewer.turkistan");
    IntStream.range(0, 5).forEach(i -> throttle.failed("203.0.113." + i, "reviewer.turkistan"));

    assertThat(throttle.retryAfter("198.51.100.7", "reviewer.turkistan")).isEmpty();
    assertThat(throttle.retryAfter("198.51.100.8", "reviewer.turkistan")).contains(Duration.ofSeconds(2));
  }

  @Test
  void aServiceAccountFailedFromEverywhereIsNeverThrottledAtAnotherAddress() {
    IntStream.range(0, 50).forEach(i -> throttle.failed("203.0.113." + i, "portal"));

    assertThat(throttle.retryAfter("198.51.100.7", "portal")).isEmpty();
  }

  @Test
  void theRightPasswordClearsTheAddressesFailuresForThatAccount() {
    fail("203.0.113.1", "reviewer.turkistan", 2);
    throttle.succeeded("203.0.113.1", "reviewer.turkistan");
    fail("203.0.113.1", "reviewer.turkistan", 2);

    assertThat(throttle.retryAfter("203.0.113.1", "reviewer.turkistan")).isEmpty();
  }

  private void fail(String address, String userId, int times) {
    IntStream.range(0, times).forEach(i -> throttle.failed(address, userId));
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
