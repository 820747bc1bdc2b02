package kz.edu.leaders.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One cohort's run (real or bare), stage by stage: wall time, jobs the executor ran, and commands
 * people sent (claims, completions, messages through the services). It prints where it stands every
 * few seconds.
 */
class Run implements AutoCloseable {

  private static final long PRINT_EVERY_MS = 5000;

  /** {@code statements}: the SQL statements the database ran, or {@link SqlStatements#NOT_COUNTED}. */
  record StageFigures(String stage, int entrants, long millis, long jobs, long commands, long statements) {

    long transactions() {
      return jobs + commands;
    }

    double jobsPerSecond() {
      return millis == 0 ? 0 : jobs * 1000.0 / millis;
    }
  }

  private final String name;
  private final EngineDriver engine;
  private final LongSupplier commands;
  private final LongSupplier openTasks;
  private final LongSupplier statements;
  private final List<StageFigures> stages = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Thread printer;
  private final long started = System.currentTimeMillis();
  private volatile String stage = "start";
  private long stageStart;
  private long stageJobs;
  private long stageCommands;
  private long stageStatements;
  private int stageEntrants;

  Run(String name, EngineDriver engine, LongSupplier commands, LongSupplier openTasks, LongSupplier statements) {
    this.name = name;
    this.engine = engine;
    this.commands = commands;
    this.openTasks = openTasks;
    this.statements = statements;
    this.printer = new Thread(this::printEvery, "simulation-progress");
    printer.setDaemon(true);
    printer.start();
  }

  /** Ends the stage under way (if any) and starts this one, which this many candidates enter. */
  void stage(String next, int entrants) {
    endStage();
    stage = next;
    stageEntrants = entrants;
    stageStart = System.currentTimeMillis();
    stageJobs = engine.jobsRun();
    stageCommands = commands.getAsLong();
    stageStatements = statements.getAsLong();
  }

  /** A figure of the funnel, printed at the end (e.g. "screening: rejected"). */
  void count(String what, long value) {
    counts.merge(what, value, Long::sum);
  }

  List<StageFigures> stages() {
    return stages;
  }

  Map<String, Long> counts() {
    return counts;
  }

  long totalMillis() {
    return stages.stream().mapToLong(StageFigures::millis).sum();
  }

  long totalJobs() {
    return stages.stream().mapToLong(StageFigures::jobs).sum();
  }

  long totalTransactions() {
    return stages.stream().mapToLong(StageFigures::transactions).sum();
  }

  long totalStatements() {
    return stages.stream().mapToLong(StageFigures::statements).reduce(0, (sum, next) ->
        sum == SqlStatements.NOT_COUNTED || next == SqlStatements.NOT_COUNTED ? SqlStatements.NOT_COUNTED : sum + next);
  }

  private long statementsSince(long before) {
    long now = statements.getAsLong();
    return now == SqlStatements.NOT_COUNTED ? SqlStatements.NOT_COUNTED : now - before;
  }

  private void endStage() {
    if (!"start".equals(stage)) {
      stages.add(new StageFigures(stage, stageEntrants, System.currentTimeMillis() - stageStart,
          engine.jobsRun() - stageJobs, commands.getAsLong() - stageCommands, statementsSince(stageStatements)));
    }
  }

  @Override
  public void close() {
    endStage();
    stage = "start";
    printer.interrupt();
    System.out.printf("[%s] done in %s: %d jobs, %d transactions%n", name, Duration.ofMillis(totalMillis()),
        totalJobs(), totalTransactions());
    counts.forEach((what, value) -> System.out.printf("[%s]   %-45s %8d%n", name, what, value));
  }

  private void printEvery() {
    long lastJobs = engine.jobsRun();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(PRINT_EVERY_MS);
      } catch (InterruptedException e) {
        return;
      }
      try {
        lastJobs = printSince(lastJobs);
      } catch (RuntimeException databaseAway) {
        System.out.printf("[%s] %s: the database does not answer%n", name, stage);
      }
    }
  }

  private long printSince(long lastJobs) {
    long jobs = engine.jobsRun();
    System.out.printf("[%s %s] %-18s jobs run %7d (%5.1f/s), due %5d, open tasks %5d, engine clock %s%n", name,
        Duration.ofMillis(System.currentTimeMillis() - started).withNanos(0), stage, jobs,
        (jobs - lastJobs) * 1000.0 / PRINT_EVERY_MS, engine.jobsDue(), openTasks.getAsLong(), engine.now());
    return jobs;
  }
}
