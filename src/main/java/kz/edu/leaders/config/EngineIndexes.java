package kz.edu.leaders.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own tables lack for statements this platform runs on every click, added once
 * the engine has created or updated its tables (on a new database the migrations run before they
 * exist). Each was found slow with the task-list benchmark (BENCHMARKS.md, "Tuning").
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  /**
   * Completing a task looks for its subtasks by parent: without an index a scan of every open task,
   * 9 ms each time with 15,000 open.
   */
  static final Map<String, String> INDEXES = Map.of("LEADERS_IDX_TASK_PARENT", "ACT_RU_TASK (PARENT_TASK_ID_)");
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    INDEXES.forEach((name, columns) -> {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + name + " on " + columns);
      } catch (SQLException e) {
        // another node starting at the same moment may create it first; it is there either way
        LOG.warn("Index {} on {} not created here: {}", name, columns, e.toString());
      }
    });
  }
}
