package kz.edu.leaders.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Writes a run's figures into BENCHMARKS.md at the repository root, newest run first. */
@Component
class BenchmarksFile {

  private static final Path FILE = Path.of("BENCHMARKS.md");
  private static final String RUNS = "<!-- runs: the simulator adds each run below, newest first -->";
  /** The real stages the bare "screening" process stands for: the whole selection. */
  private static final Set<String> SELECTION = Set.of("applications", "screening", "test", "ranking");
  private static final String HEADER = """
      # Benchmarks

      Figures written by the cohort simulator (`src/test/java/kz/edu/leaders/simulation/`): a cohort of N
      applicants through the real platform with the job executor on and the real timers (the engine clock
      moved to each timer, never a job executed by hand), then a bare-engine baseline with the same
      wait-state shape per candidate and no domain logic, in the same JVM, engine and database. Rerun:

      ```bash
      ./mvnw -Psimulate test -Dsimulate.n=15000                       # H2 in memory
      ./mvnw -Psimulate test -Dsimulate.n=300 -Dsimulate.db=postgres   # the embedded PostgreSQL
      ./mvnw -Psimulate test -Dsimulate.n=300 -Dsimulate.db=postgres -Dsimulate.nodes=2   # two nodes on it
      ```

      A *transaction* is one engine command: a job the executor ran, or a person's claim, completion or
      message through the services. The ratio real/bare compares wall time for the same number of
      candidates per stage; the bare "screening" stands for the real applications, screening, test and
      ranking together. On PostgreSQL a run also counts the SQL statements the database ran
      (pg_stat_statements) per transaction, and lists those the real cohort ran most. What the simulator
      does not play yet is listed under each run.

      """;

  private final Environment environment;
  private final ProcessEngine engine;
  private final DataSource dataSource;

  BenchmarksFile(Environment environment, ProcessEngine engine, DataSource dataSource) {
    this.environment = environment;
    this.engine = engine;
    this.dataSource = dataSource;
  }

  void write(int n, long seed, int nodeCount, String nodes, Run real, Run bare, Map<String, Long> funnel,
      List<Invariants.Check> checks, long failedAttempts, long secondClicks, List<String> mostRunStatements) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(LocalDate.now()).append(": N = ").append(n).append(", ").append(database())
        .append(nodeCount > 1 ? ", " + nodeCount + " nodes" : "").append("\n\n");
    md.append(machineAndSettings()).append(", seed ").append(seed).append('\n');
    md.append("- nodes: ").append(nodes).append('\n');
    md.append(String.format("- real: %s, %d jobs (%.1f jobs/s), %d transactions (%.2f ms each)%n",
        Duration.ofMillis(real.totalMillis()).withNanos(0), real.totalJobs(), perSecond(real.totalJobs(), real.totalMillis()),
        real.totalTransactions(), perTransaction(real.totalMillis(), real.totalTransactions())));
    md.append(String.format("- bare: %s, %d jobs (%.1f jobs/s), %d transactions (%.2f ms each)%n",
        Duration.ofMillis(bare.totalMillis()).withNanos(0), bare.totalJobs(), perSecond(bare.totalJobs(), bare.totalMillis()),
        bare.totalTransactions(), perTransaction(bare.totalMillis(), bare.totalTransactions())));
    md.append(String.format("- ratio real/bare: whole cohort %.2f; per transaction %.2f%n",
        ratio(real.totalMillis(), bare.totalMillis()), ratio(perTransaction(real.totalMillis(), real.totalTransactions()),
            perTransaction(bare.totalMillis(), bare.totalTransactions()))));
    if (real.totalStatements() != SqlStatements.NOT_COUNTED) {
      md.append(String.format("- SQL statements (pg_stat_statements): real %d (%s per transaction), bare %d (%s per"
          + " transaction)%n", real.totalStatements(), statementsPerTransaction(real.totalStatements(), real.totalTransactions()),
          bare.totalStatements(), statementsPerTransaction(bare.totalStatements(), bare.totalTransactions())));
    }
    md.append("- job attempts that failed and were retried: ").append(failedAttempts)
        .append("; people's second clicks after a concurrent change: ").append(secondClicks).append("\n\n");

    md.append("| stage | candidates | real | real jobs | real ms/tx | real SQL/tx | bare | bare jobs | bare ms/tx"
        + " | bare SQL/tx | real/bare | per tx |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String stage : BareCohort.ORDER) {
      List<Run.StageFigures> ofReal = real.stages().stream()
          .filter(s -> stage.equals("screening") ? SELECTION.contains(s.stage()) : s.stage().equals(stage)).toList();
      Run.StageFigures b = bare.stages().stream().filter(s -> s.stage().equals(stage)).findFirst().orElse(null);
      long rMillis = ofReal.stream().mapToLong(Run.StageFigures::millis).sum();
      long rJobs = ofReal.stream().mapToLong(Run.StageFigures::jobs).sum();
      long rTx = ofReal.stream().mapToLong(Run.StageFigures::transactions).sum();
      long rStatements = ofReal.stream().anyMatch(s -> s.statements() == SqlStatements.NOT_COUNTED)
          ? SqlStatements.NOT_COUNTED : ofReal.stream().mapToLong(Run.StageFigures::statements).sum();
      if (b == null) {
        continue;
      }
      md.append(String.format("| %s | %d | %.1f s | %d | %.2f | %s | %.1f s | %d | %.2f | %s | %.2f | %.2f |%n", stage,
          b.entrants(), rMillis / 1000.0, rJobs, perTransaction(rMillis, rTx), statementsPerTransaction(rStatements, rTx),
          b.millis() / 1000.0, b.jobs(), perTransaction(b.millis(), b.transactions()),
          statementsPerTransaction(b.statements(), b.transactions()), ratio(rMillis, b.millis()),
          ratio(perTransaction(rMillis, rTx), perTransaction(b.millis(), b.transactions()))));
    }
    md.append("\nFunnel (application status at the end): ");
    md.append(String.join(", ", funnel.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    md.append("\n\nWhat the people did: ");
    md.append(String.join(", ", real.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    if (!mostRunStatements.isEmpty()) {
      md.append("\n\nThe statements the real cohort ran most (calls: statement):\n\n");
      mostRunStatements.forEach(statement -> md.append("- ").append(statement).append('\n'));
    }
    md.append(mostRunStatements.isEmpty() ? "\n\n" : "\n").append("| invariant | found | holds |\n|---|---:|---|\n");
    checks.forEach(c -> md.append("| ").append(c.name()).append(" | ").append(c.found()).append(" | ")
        .append(c.holds() ? "yes" : "**NO**").append(" |\n"));
    md.append("\nNot simulated yet: external reviews that flag a result, interview overrides by the chair, ")
        .append("missed deadlines (final report, offers), the end of the reserve term, mentor meetings through ")
        .append("the mentors' own accounts, Tasklist over HTTP (tasks are worked through the Java API as the ")
        .append("signed-in user).\n\n");
    save(md.toString());
  }

  /** Another benchmark's run (e.g. the task lists), under the same machine and settings lines. */
  void writeRun(String title, String figures) {
    save("## " + LocalDate.now() + ": " + title + ", " + database() + "\n\n" + machineAndSettings() + "\n" + figures
        + "\n");
  }

  private String machineAndSettings() {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return "- machine: " + cores + " cores (nproc), " + ramGiB() + " GiB RAM, Java " + System.getProperty("java.version")
        + ", heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, 1-minute load average at the end "
        + String.format("%.1f", load) + (load > cores ? " (more work than cores: times are inflated)" : "") + "\n"
        + "- settings: history level " + engine.getProcessEngineConfiguration().getHistory()
        + ", authorization revocations checked " + engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes()
        + ", job executor " + jobExecution();
  }

  private void save(String run) {
    try {
      String old = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
      int marker = old.indexOf(RUNS);
      String earlier = marker < 0 ? "" : old.substring(marker + RUNS.length()).stripLeading();
      // what people wrote above the runs (the tuning notes) stays as it is
      String above = marker < 0 ? HEADER : old.substring(0, marker);
      Files.writeString(FILE, above + RUNS + "\n\n" + run + earlier, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String database() {
    try (var connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String jobExecution() {
    String prefix = "camunda.bpm.job-execution.";
    return String.join(", ", List.of("core-pool-size", "max-pool-size", "queue-capacity", "max-jobs-per-acquisition",
        "wait-time-in-millis", "max-wait", "lock-time-in-millis").stream()
        .map(key -> key + " " + environment.getProperty(prefix + key, "default")).toList());
  }

  private static long ramGiB() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.round(sun.getTotalMemorySize() / 1073741824.0) : -1;
  }

  private static double perSecond(long count, long millis) {
    return millis == 0 ? 0 : count * 1000.0 / millis;
  }

  private static double perTransaction(long millis, long transactions) {
    return transactions == 0 ? 0 : (double) millis / transactions;
  }

  private static String statementsPerTransaction(long statements, long transactions) {
    return statements == SqlStatements.NOT_COUNTED ? "n/a" : String.format("%.1f", perTransaction(statements, transactions));
  }

  private static double ratio(double real, double bare) {
    return bare == 0 ? 0 : real / bare;
  }
}
