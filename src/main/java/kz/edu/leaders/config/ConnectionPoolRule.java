package kz.edu.leaders.config;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sizes the connection pool so that the job executor cannot deadlock it. A mail job holds its own
 * transaction's connection and commits the delivery log in a second transaction
 * ({@code NotificationService}), which needs a second connection while the first is held: with as
 * many jobs as connections, every job waits for a second one until Hikari's timeout. So the pool
 * holds {@value #CONNECTIONS_PER_JOB} per job executor thread, plus
 * {@code leaders.connection-pool.request-connections} for everyone else (web requests, the job
 * acquisition, test imports), who take one at a time. Without
 * {@code spring.datasource.hikari.maximum-pool-size} the pool gets exactly that; a smaller setting
 * stops the start with a message naming the settings.
 */
@Component
class ConnectionPoolRule implements BeanPostProcessor {

  static final int CONNECTIONS_PER_JOB = 2;
  private static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";
  private static final String JOB_THREADS = "camunda.bpm.job-execution.max-pool-size";
  private static final String REQUEST_CONNECTIONS = "leaders.connection-pool.request-connections";
  // the Camunda starter's defaults when the settings are absent
  private static final int DEFAULT_JOB_THREADS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionPoolRule.class);

  private final Binder settings;

  ConnectionPoolRule(Environment environment) {
    this.settings = Binder.get(environment);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    // after spring.datasource.hikari.* is bound and before the pool opens its first connection
    if (bean instanceof HikariDataSource pool) {
      pool.setMaximumPoolSize(checkedPoolSize());
    }
    return bean;
  }

  int checkedPoolSize() {
    boolean jobsRun = settings.bind("camunda.bpm.job-execution.enabled", Boolean.class).orElse(true);
    int jobThreads = jobsRun ? settings.bind(JOB_THREADS, Integer.class).orElse(DEFAULT_JOB_THREADS) : 0;
    int requestConnections = settings.bind(REQUEST_CONNECTIONS, Integer.class).orElse(0);
    if (requestConnections < 1) {
      throw new IllegalStateException(REQUEST_CONNECTIONS + " must be at least 1, not " + requestConnections);
    }
    int required = jobThreads * CONNECTIONS_PER_JOB + requestConnections;
    Integer configured = settings.bind(POOL_SIZE, Integer.class).orElse(null);
    if (configured == null) {
      LOG.info("Connection pool: {} connections ({} job threads × {} + {} for requests)", required, jobThreads,
          CONNECTIONS_PER_JOB, requestConnections);
      return required;
    }
    if (configured < required) {
      throw new IllegalStateException(POOL_SIZE + "=" + configured + " can deadlock the job executor: "
          + JOB_THREADS + "=" + jobThreads + " jobs each need " + CONNECTIONS_PER_JOB
          + " connections at once (the job's and the delivery log's), and " + REQUEST_CONNECTIONS + "="
          + requestConnections + " are kept for web requests, so the pool needs at least " + jobThreads + " × "
          + CONNECTIONS_PER_JOB + " + " + requestConnections + " = " + required
          + ". Raise " + POOL_SIZE + " (or remove it: the pool is then sized by this rule), or lower " + JOB_THREADS);
    }
    return configured;
  }
}
