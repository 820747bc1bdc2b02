package kz.edu.leaders.training;

import kz.edu.leaders.identity.ProcessAccess;
import kz.edu.leaders.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Trainers and training coordinators work the training process's tasks. */
@Configuration
class TrainingAccess {

  @Bean
  ProcessAccess trainingGrants() {
    return ProcessAccess.readBy(Training.PROCESS_KEY, Role.TRAINERS, Role.TRAINING_COORDINATORS);
  }
}
