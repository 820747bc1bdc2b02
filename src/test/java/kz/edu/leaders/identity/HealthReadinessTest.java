package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/** /actuator/health says UP only once the first logins can succeed. */
@IntegrationTest
class HealthReadinessTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ApplicationContext context;

  @Test
  void theApplicationBecameReadyOnlyAfterTheGroupsAndUsersExisted() {
    assertThat(ReadinessWitness.IDENTITY_READY_WHEN_ACCEPTING_TRAFFIC).isTrue();
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"UP\"");
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void whileNotReadyHealthIsOutOfService() {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      var health = http.getForEntity("/actuator/health", String.class);
      assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(health.getBody()).contains("OUT_OF_SERVICE");
      assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
  }
}
