package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform's indexes on the engine's tables are there once the engine has started. */
@IntegrationTest
class EngineIndexesTest {

  @Autowired
  DataSource dataSource;

  @Test
  void aTasksSubtasksAreFoundByIndexFromTheFirstStartOn() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.exists(connection, "LEADERS_IDX_TASK_PARENT", "ACT_RU_TASK (PARENT_TASK_ID_)")).isTrue();
      assertThat(EngineIndexes.exists(connection, "LEADERS_IDX_NO_SUCH_INDEX", "ACT_RU_TASK (PARENT_TASK_ID_)")).isFalse();
    }
  }
}
