package kz.edu.leaders;

import java.time.Clock;
import kz.edu.leaders.region.ProgrammeClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadersApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeadersApplication.class, args);
  }

  /** The one clock every service reads: the engine's, in the programme's zone. */
  @Bean
  Clock clock() {
    return new ProgrammeClock();
  }
}
