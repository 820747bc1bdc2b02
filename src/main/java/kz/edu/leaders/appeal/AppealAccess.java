package kz.edu.leaders.appeal;

import kz.edu.leaders.identity.ProcessAccess;
import kz.edu.leaders.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AppealAccess {

  /** The appeals commission opens its tasks in Tasklist. */
  @Bean
  ProcessAccess appealProcessAccess() {
    return ProcessAccess.readBy(Appeals.PROCESS_KEY, Role.APPEALS_COMMISSION);
  }
}
