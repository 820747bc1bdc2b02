package kz.edu.leaders.cohort;

import kz.edu.leaders.identity.ProcessAccess;
import kz.edu.leaders.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Training coordinators work the cohort-selection process's tasks. */
@Configuration
class CohortSelectionAccess {

  @Bean
  ProcessAccess cohortSelectionGrants() {
    return ProcessAccess.readBy(CohortSelection.PROCESS_KEY, Role.TRAINING_COORDINATORS);
  }
}
