package kz.edu.leaders.simulation;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.edu.leaders.SecondNode;
import kz.edu.leaders.TestDatabase;
import kz.edu.leaders.TestMailServer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The cohort simulator (README, "Benchmarks / simulator"): N applicants through the real platform
 * with the job executor on, then the bare-engine baseline with as many candidates per stage, the
 * invariants checked from the database and the figures written to BENCHMARKS.md. Not a test of the
 * suites: only {@code ./mvnw -Psimulate test} runs it. With {@code -Dsimulate.nodes=2} a second
 * application node ({@link SecondNode}) on the same database runs jobs too, and people's task
 * completions go to the two nodes in turn.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.generic-properties.properties.hostname=" + CohortSimulation.FIRST_NODE,
    "leaders.demo.users=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
class CohortSimulation {

  private static final int N = Integer.getInteger("simulate.n", 15_000);
  private static final long SEED = Long.getLong("simulate.seed", 2025);
  /** With 2, a second node (its own context and job executor) on the same database works along. */
  private static final int NODES = Integer.getInteger("simulate.nodes", 1);
  static final String FIRST_NODE = "node-1";
  private static final int MOST_RUN_STATEMENTS = 15;

  @Autowired
  RealCohort real;
  @Autowired
  BareCohort bare;
  @Autowired
  EngineDriver engine;
  @Autowired
  Staff staff;
  @Autowired
  Invariants invariants;
  @Autowired
  BenchmarksFile benchmarks;
  @Autowired
  TaskService taskService;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  DataSource dataSource;
  @Autowired
  SqlStatements statements;

  private final List<ConfigurableApplicationContext> otherNodes = new ArrayList<>();

  @Test
  void aCohortRunsWithTheJobExecutorOnAndEveryInvariantHolds() {
    for (int node = 2; node <= NODES; node++) {
      ConfigurableApplicationContext other = SecondNode.start("node-" + node, List.of(),
          "camunda.bpm.job-execution.enabled=true", "leaders.demo.users=true");
      otherNodes.add(other);
      ProcessEngine engineThere = other.getBean(ProcessEngine.class);
      engine.alsoOn(engineThere);
      staff.alsoOn(engineThere);
    }
    statements.reset();
    Run realRun = new Run("real", engine, staff.commands::get, () -> taskService.createTaskQuery().count(),
        statements::executed);
    try (realRun) {
      real.play(N, SEED, realRun);
    }
    List<String> mostRun = statements.mostRun(MOST_RUN_STATEMENTS);
    Map<String, Long> funnel = invariants.funnel();
    List<Invariants.Check> checks = invariants.check(N);
    long realFailedAttempts = invariants.failedAttempts();

    Map<String, Integer> entrants = new LinkedHashMap<>();
    realRun.stages().forEach(stage -> entrants.put(stage.stage(), stage.entrants()));
    entrants.put("appointment", (int) (long) funnel.getOrDefault("APPOINTED", 0L));
    Run bareRun = new Run("bare", engine, staff.commands::get, () -> taskService.createTaskQuery().count(),
        statements::executed);
    try (bareRun) {
      bare.play(entrants, bareRun);
    }
    List<Invariants.Check> afterBoth = invariants.check(N);

    String nodes = nodes();
    System.out.println("Nodes: " + nodes);
    System.out.println("Funnel: " + funnel);
    checks.forEach(c -> System.out.printf("%s %-70s %d%n", c.holds() ? "ok  " : "FAIL", c.name(), c.found()));
    benchmarks.write(N, SEED, NODES, nodes, realRun, bareRun, funnel, checks, realFailedAttempts,
        staff.secondClicks.get(), mostRun);
    Assertions.assertThat(checks).filteredOn(c -> !c.holds()).as("broken invariants after the real cohort").isEmpty();
    Assertions.assertThat(afterBoth).filteredOn(c -> !c.holds()).as("broken invariants after the baseline").isEmpty();
  }

  /** What each node did, after both cohorts: jobs run, and the conflicts retried or absorbed. */
  private String nodes() {
    List<ProcessEngine> engines = new ArrayList<>(List.of(processEngine));
    otherNodes.forEach(other -> engines.add(other.getBean(ProcessEngine.class)));
    engines.forEach(e -> {
      var reporter = ((ProcessEngineConfigurationImpl) e.getProcessEngineConfiguration()).getDbMetricsReporter();
      if (reporter != null) {
        reporter.reportNow();
      }
    });
    int poolPerNode = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1;
    return String.format("%d; jobs run per node (job log hostname) %s; job attempts that lost an optimistic-locking"
        + " race and were retried %d; jobs another node locked first (acquisition conflicts) per node %s;"
        + " connection pool %d per node, %d in all, database max_connections %s",
        NODES, invariants.jobsPerNode(), invariants.optimisticLockingRetries(),
        invariants.acquisitionConflictsPerNode(), poolPerNode, poolPerNode * NODES, invariants.maxConnections());
  }

  @AfterEach
  void stopOtherNodesAndClockBack() {
    otherNodes.forEach(ConfigurableApplicationContext::close);
    ClockUtil.reset();
  }
}
