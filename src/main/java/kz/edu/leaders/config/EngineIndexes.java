package kz.edu.leaders.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own tables lack for statements this platform runs on every click, added once
 * the engine has created or updated its tables (on a new database the migrations run before they
 * exist). Each was found slow with the task-list benchmark (BENCHMARKS.md, "Tuning"). Created only
 * when missing: creating takes a lock that would hold every task write of every node for a moment.
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
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    INDEXES.forEach((name, columns) -> {
      try (Connection connection = dataSource.getConnection()) {
        if (!exists(connection, name, columns)) {
          create(connection, name, columns);
        }
      } catch (SQLException e) {
        LOG.error("Index {} on {} could not be created; statements that need it scan the table", name, columns, e);
      }
    });
  }

  private static void create(Connection connection, String name, String columns) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create index " + name + " on " + columns);
      LOG.info("Index {} created on {}", name, columns);
    } catch (SQLException e) {
      // another node starting at the same moment created it first
      if (!exists(connection, name, columns)) {
        throw e;
      }
    }
  }

  /** Whether the table has the index, by its name as the database spells names it was given unquoted. */
  static boolean exists(Connection connection, String name, String columns) throws SQLException {
    DatabaseMetaData database = connection.getMetaData();
    String table = columns.substring(0, columns.indexOf(' '));
    boolean lowerCase = database.storesLowerCaseIdentifiers();
    try (ResultSet indexes = database.getIndexInfo(null, null, lowerCase ? table.toLowerCase() : table, false, false)) {
      while (indexes.next()) {
        if (name.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
