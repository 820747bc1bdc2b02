package kz.edu.leaders.simulation;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration
class SimulationConfig {

  @Bean
  @Primary
  Clock engineClock() {
    return new EngineClock();
  }
}
