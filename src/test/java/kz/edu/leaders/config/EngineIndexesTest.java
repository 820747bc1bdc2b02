package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.edu.leaders.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform's indexes on the engine's tables are there once the engine runs, and a restart keeps them once. */
@IntegrationTest
class EngineIndexesTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngine engine;

  @Test
  void aTasksSubtasksAreFoundByIndexAndAStartAgainChangesNothing() throws Exception {
    new EngineIndexes().postProcessEngineBuild(engine);

    assertThat(indexesOn("act_ru_task")).containsOnlyOnce("leaders_idx_task_parent");
  }

  private List<String> indexesOn(String table) {
    return new JdbcTemplate(dataSource).execute((java.sql.Connection connection) -> {
      List<String> names = new ArrayList<>();
      for (String spelled : List.of(table, table.toUpperCase())) {
        try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, spelled, false, false)) {
          while (indexes.next()) {
            names.add(indexes.getString("INDEX_NAME").toLowerCase());
          }
        }
      }
      return names;
    });
  }
}
