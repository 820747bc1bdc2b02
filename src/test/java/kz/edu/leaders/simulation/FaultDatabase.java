package kz.edu.leaders.simulation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault suite's PostgreSQL: embedded binaries on a data directory and port of its own, so the
 * suite can stop the server and start it again on the same data and address; each fault run gets a
 * fresh database on it.
 */
final class FaultDatabase {

  private static final Path DATA = Path.of("target", "faults", "postgres");
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static int port;
  private static String database;

  private FaultDatabase() {
  }

  /** A new database on the server for a run; its address. */
  static String fresh() {
    database = "faults_" + RUNS.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the run's database", e);
    }
    return url();
  }

  /** The current run's database. */
  static String url() {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      deleteData();
      port = NodeProcess.freePort();
      start();
    }
    return server;
  }

  /** Stops the server as an operator would for a restart (fast: the connections are closed). */
  static synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
    }
  }

  /** Starts it on the same data directory and port (the first time on an empty directory). */
  static synchronized void start() {
    try {
      server = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(port)
          .setServerConfig("max_connections", "200").start();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  private static void deleteData() {
    if (!Files.exists(DATA)) {
      return;
    }
    try (var files = Files.walk(DATA)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
