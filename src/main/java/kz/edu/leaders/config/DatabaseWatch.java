package kz.edu.leaders.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, from a one-connection pool of its own tried every second. While it
 * does not, every request is answered 503 at once ({@link DatabaseUnavailable}) instead of each one
 * waiting out the main pool's connection timeout, perhaps several times over, and readiness is DOWN.
 * A pool of its own, because the main one may be busy with a burst of jobs, and a busy pool is not an
 * absent database.
 */
@Component
public class DatabaseWatch implements HealthIndicator, DisposableBean {

  /** How often the database is tried, and how long one try may take: what a recovery waits at most. */
  static final Duration PERIOD = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);

  private final HikariDataSource main;
  private final HikariDataSource probe;
  private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "database-watch");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Instant awaySince;

  public DatabaseWatch(DataSource dataSource) throws SQLException {
    main = dataSource.unwrap(HikariDataSource.class);
    HikariConfig config = new HikariConfig();
    main.copyStateTo(config);
    config.setPoolName("database-watch");
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(PERIOD.toMillis());
    config.setValidationTimeout(PERIOD.toMillis());
    // the platform starts, and then waits, also when the database is away at start
    config.setInitializationFailTimeout(-1);
    config.setRegisterMbeans(false);
    probe = new HikariDataSource(config);
    ticks.scheduleWithFixedDelay(this::look, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean reachable() {
    return awaySince == null;
  }

  /** For the log of an exhausted main pool: how many connections it holds at most. */
  public int mainPoolSize() {
    return main.getMaximumPoolSize();
  }

  @Override
  public Health health() {
    return reachable() ? Health.up().build() : Health.down().withDetail("awaySince", awaySince.toString()).build();
  }

  /** Borrowing checks the connection (Hikari validates one idle for more than half a second). */
  private void look() {
    try (Connection connection = probe.getConnection()) {
      if (awaySince != null) {
        LOG.info("The database answers again, after {} s away", Duration.between(awaySince, Instant.now()).toSeconds());
        awaySince = null;
      }
    } catch (SQLException | RuntimeException e) {
      if (awaySince == null) {
        awaySince = Instant.now();
        LOG.warn("The database does not answer ({}): every request answers 503 with Retry-After until it does", e.toString());
      }
    }
  }

  @Override
  public void destroy() {
    ticks.shutdownNow();
    probe.close();
  }
}
