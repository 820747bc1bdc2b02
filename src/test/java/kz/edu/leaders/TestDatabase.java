package kz.edu.leaders;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * With {@code -Dtest.database=postgres} (the failsafe phase of {@code ./mvnw verify}) the tests run
 * on a real PostgreSQL from embedded binaries, started once per JVM (it stops itself when the JVM
 * exits); otherwise on in-memory H2.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres postgres;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!"postgres".equals(System.getProperty("test.database"))) {
      return;
    }
    EmbeddedPostgres server = postgres();
    TestPropertyValues.of(
        "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres").applyTo(context);
  }

  /**
   * An empty database of its own, on the database the tests run on, for a test that runs the
   * migrations itself (the application's database has run them all already).
   */
  public static DataSource empty(String name) {
    if (!"postgres".equals(System.getProperty("test.database"))) {
      return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    EmbeddedPostgres server = postgres();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + name, e);
    }
    return server.getDatabase("postgres", name);
  }

  /**
   * pg_stat_statements: the simulator counts the statements each run needs. With
   * {@code -Dtest.postgres.explain-over=300} (milliseconds) the server also writes the plan of every
   * statement slower than that to {@code target/postgres.log} (auto_explain), to see why. With
   * {@code -Dtest.postgres.data=DIR} the server keeps its data in DIR from one run to the next, so that
   * a benchmark fills its database once and each tuning is measured on the same rows.
   */
  private static EmbeddedPostgres.Builder builder() {
    String explainOver = System.getProperty("test.postgres.explain-over");
    String kept = System.getProperty("test.postgres.data");
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (kept != null) {
      builder.setDataDirectory(new File(kept)).setCleanDataDirectory(false);
    }
    if (explainOver == null) {
      return builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
    }
    File log = new File("target/postgres.log");
    return builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
        .setServerConfig("auto_explain.log_min_duration", explainOver)
        .setServerConfig("auto_explain.log_analyze", "on")
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log));
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }
}
