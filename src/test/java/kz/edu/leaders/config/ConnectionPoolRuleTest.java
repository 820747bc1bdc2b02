package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The pool has two connections per job executor thread plus the requests' share, or the start stops. */
class ConnectionPoolRuleTest {

  @Test
  void withoutAPoolSizeThePoolIsSizedFromTheJobThreadsAndTheRequests() {
    HikariDataSource pool = new HikariDataSource();
    new ConnectionPoolRule(settings().withProperty("camunda.bpm.job-execution.max-pool-size", "4"))
        .postProcessAfterInitialization(pool, "dataSource");

    assertThat(pool.getMaximumPoolSize()).isEqualTo(4 * 2 + 10);
  }

  @Test
  void aPoolThatTheJobsCanExhaustIsRefusedNamingTheSettings() {
    MockEnvironment tooSmall = settings()
        .withProperty("camunda.bpm.job-execution.max-pool-size", "10")
        .withProperty("spring.datasource.hikari.maximum-pool-size", "10");

    assertThatThrownBy(() -> new ConnectionPoolRule(tooSmall).checkedPoolSize())
        .hasMessageContaining("spring.datasource.hikari.maximum-pool-size=10 can deadlock")
        .hasMessageContaining("camunda.bpm.job-execution.max-pool-size=10")
        .hasMessageContaining("leaders.connection-pool.request-connections=10")
        .hasMessageContaining("10 × 2 + 10 = 30");
  }

  @Test
  void aLargeEnoughPoolIsKeptAndWithoutTheJobExecutorOnlyTheRequestsCount() {
    assertThat(new ConnectionPoolRule(settings().withProperty("camunda.bpm.job-execution.max-pool-size", "4")
        .withProperty("spring.datasource.hikari.maximum-pool-size", "40")).checkedPoolSize()).isEqualTo(40);
    assertThat(new ConnectionPoolRule(settings().withProperty("camunda.bpm.job-execution.enabled", "false")
        .withProperty("spring.datasource.hikari.maximum-pool-size", "10")).checkedPoolSize()).isEqualTo(10);
  }

  private static MockEnvironment settings() {
    return new MockEnvironment().withProperty("leaders.connection-pool.request-connections", "10");
  }
}
