package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A mail that went out while the database restarts: its SENT record waits for the database instead
 * of failing the job, whose retry would send the mail a second time (the fault suite found that one,
 * simulation/FaultSuite, PostgreSQL stopped while mails go out).
 */
class SentRecordTest {

  private static final Duration EVERY = Duration.ofMillis(10);

  @Test
  void theRecordIsStoredOnceTheDatabaseIsBack() {
    AtomicInteger attempts = new AtomicInteger();

    String stored = NotificationService.untilStored(() -> {
      if (attempts.incrementAndGet() < 4) {
        throw databaseAway();
      }
      return "SENT";
    }, Instant.now().plusSeconds(30), EVERY);

    assertThat(stored).isEqualTo("SENT");
    assertThat(attempts).hasValue(4);
  }

  @Test
  void aRollbackOnAConnectionTheRestartClosedIsTriedAgainToo() {
    AtomicInteger attempts = new AtomicInteger();

    NotificationService.untilStored(() -> {
      if (attempts.incrementAndGet() == 1) {
        throw new TransactionSystemException("Could not roll back JPA transaction",
            new SQLException("Connection is closed"));
      }
      return "SENT";
    }, Instant.now().plusSeconds(30), EVERY);

    assertThat(attempts).hasValue(2);
  }

  @Test
  void pastTheDeadlineTheFailureIsTheJobsAgain() {
    assertThatThrownBy(() -> NotificationService.untilStored(() -> {
      throw databaseAway();
    }, Instant.now().plusMillis(50), EVERY)).isInstanceOf(CannotCreateTransactionException.class);
  }

  @Test
  void anyOtherFailureIsNotTriedAgain() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> NotificationService.untilStored(() -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("a bug");
    }, Instant.now().plusSeconds(30), EVERY)).hasMessage("a bug");
    assertThat(attempts).hasValue(1);
  }

  private static RuntimeException databaseAway() {
    return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
        new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms."));
  }
}
