package kz.edu.leaders.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins and says how long a new attempt must wait. It replaces the engine's lock-out,
 * with which anyone could lock any account, the portal's included, by sending wrong passwords: here
 * failures throttle the address that sent them (over every account, and for the account it tried),
 * and the one account-wide measure is a short slow-down that never applies to a service account.
 * The counters live in this node's memory, least recently failed dropped first past the bound.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  /** The engine's user ids are at most 64 characters; a longer name is no account and must not fill memory. */
  private static final int USER_ID_LENGTH = 64;

  private final LoginLimits limits;
  private final Clock clock;
  private final Predicate<String> serviceAccount;
  private final Map<Key, Failures> failures;
  /** Addresses from which an account has logged in: the account-wide slow-down never holds them back. */
  private final Map<Key, Instant> knownAddresses;

  @Autowired
  public LoginThrottle(LoginLimits limits, IdentityService identityService) {
    // real time, not the programme's clock: a moved engine clock must neither lock out nor free a guesser
    this(limits, Clock.systemUTC(), userId -> identityService.createGroupQuery().groupMember(userId)
        .groupIdIn(limits.serviceGroups().toArray(String[]::new)).count() > 0);
  }

  LoginThrottle(LoginLimits limits, Clock clock, Predicate<String> serviceAccount) {
    this.limits = limits;
    this.clock = clock;
    this.serviceAccount = serviceAccount;
    this.failures = bounded(limits.rememberedCounters());
    this.knownAddresses = bounded(limits.rememberedCounters());
  }

  /** Access order: the entries an attack (or a user) keeps touching are the last to be dropped. */
  private static <V> Map<Key, V> bounded(int size) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
        return size() > size;
      }
    };
  }

  /** Failures from one address ({@code userId} null), of one account from one address, or of one account ({@code address} null). */
  private record Key(String address, String userId) {
  }

  /** Counted from the first failure; the count starts over once the window has passed. */
  private record Failures(Instant since, Instant last, int count) {
  }

  /** How long this address must wait before it tries this account again; empty: it may try now. */
  public Optional<Duration> retryAfter(String address, String userId) {
    Instant now = clock.instant();
    String user = idOf(userId);
    Duration wait = Stream.of(
            untilWindowEnds(new Key(address, null), limits.failuresPerAddress(), now),
            untilWindowEnds(new Key(address, user), limits.failuresPerAccountFromAddress(), now),
            accountSlowDown(address, user, now))
        .max(Duration::compareTo).orElseThrow();
    return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String address, String userId) {
    Instant now = clock.instant();
    String user = idOf(userId);
    if (count(new Key(address, null), now) == limits.failuresPerAddress()) {
      log.warn("Login throttled: {} failed logins from address {} within {} (the last for user {}); that address waits for any account",
          limits.failuresPerAddress(), printable(address), limits.window(), printable(user));
    }
    if (count(new Key(address, user), now) == limits.failuresPerAccountFromAddress()) {
      log.warn("Login throttled: {} failed logins for user {} from address {} within {}; that address waits for this user",
          limits.failuresPerAccountFromAddress(), printable(user), printable(address), limits.window());
    }
    if (count(new Key(null, user), now) == limits.failuresPerAccount() && !serviceAccount.test(user)) {
      log.warn("Login slowed down: {} failed logins for user {} within {} (the last from address {}); one try per {} for this user",
          limits.failuresPerAccount(), printable(user), limits.window(), printable(address), limits.accountSlowDown());
    }
  }

  /** The right password clears what this address had against this account, never the wider counters. */
  public synchronized void succeeded(String address, String userId) {
    Key key = new Key(address, idOf(userId));
    failures.remove(key);
    knownAddresses.put(key, clock.instant());
  }

  private Duration untilWindowEnds(Key key, int limit, Instant now) {
    Failures counted = current(key, now);
    return counted != null && counted.count() >= limit
        ? Duration.between(now, counted.since().plus(limits.window()))
        : Duration.ZERO;
  }

  /**
   * Past its limit a human account takes one try per slow-down interval, except from an address it
   * has logged in from before (so strangers cannot keep its owner out); a service account is never slowed.
   */
  private Duration accountSlowDown(String address, String userId, Instant now) {
    Failures counted = current(new Key(null, userId), now);
    return counted != null && counted.count() >= limits.failuresPerAccount() && !isKnown(address, userId)
        && !serviceAccount.test(userId)
        ? Duration.between(now, counted.last().plus(limits.accountSlowDown()))
        : Duration.ZERO;
  }

  private synchronized boolean isKnown(String address, String userId) {
    return knownAddresses.containsKey(new Key(address, userId));
  }

  private synchronized Failures current(Key key, Instant now) {
    Failures counted = failures.get(key);
    if (counted != null && !now.isBefore(counted.since().plus(limits.window()))) {
      failures.remove(key);
      return null;
    }
    return counted;
  }

  private synchronized int count(Key key, Instant now) {
    Failures counted = current(key, now);
    Failures next = counted == null ? new Failures(now, now, 1) : new Failures(counted.since(), now, counted.count() + 1);
    failures.put(key, next);
    return next.count();
  }

  private static String idOf(String userId) {
    String id = userId == null ? "" : userId;
    return id.length() > USER_ID_LENGTH ? id.substring(0, USER_ID_LENGTH) : id;
  }

  /** Names come from the client: no line breaks or other control characters reach the log. */
  private static String printable(String text) {
    return text.replaceAll("\\p{Cntrl}", "?");
  }
}
