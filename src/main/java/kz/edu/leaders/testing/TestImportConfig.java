package kz.edu.leaders.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

@Configuration
class TestImportConfig {

  /**
   * One thread: imports run one at a time, in the order they arrive, beside the web requests; the
   * look for unfinished imports (at start-up, then every half lease) runs between them.
   */
  @Bean
  ThreadPoolTaskScheduler testImportExecutor() {
    ThreadPoolTaskScheduler executor = new ThreadPoolTaskScheduler();
    executor.setPoolSize(1);
    executor.setThreadNamePrefix("test-import-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(60);
    executor.initialize();
    return executor;
  }
}
