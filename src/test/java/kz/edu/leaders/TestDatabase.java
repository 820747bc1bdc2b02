package kz.edu.leaders;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

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

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }
}
