package kz.edu.leaders.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.TestDatabase;
import kz.edu.leaders.TestMailServer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The cohort simulator (README, "Benchmarks / simulator"): N applicants through the real platform
 * with the job executor on, then the bare-engine baseline with as many candidates per stage, the
 * invariants checked from the database and the figures written to BENCHMARKS.md. Not a test of the
 * suites: only {@code ./mvnw -Psimulate test} runs it.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=true",
    "leaders.demo.users=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import(SimulationConfig.class)
class CohortSimulation {

  private static final int N = Integer.getInteger("simulate.n", 15_000);
  private static final long SEED = Long.getLong("simulate.seed", 2025);

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

  @Test
  void aCohortRunsWithTheJobExecutorOnAndEveryInvariantHolds() {
    Run realRun = new Run("real", engine, staff.commands::get, () -> taskService.createTaskQuery().count());
    try (realRun) {
      real.play(N, SEED, realRun);
    }
    Map<String, Long> funnel = invariants.funnel();
    List<Invariants.Check> checks = invariants.check(N);
    long realFailedAttempts = invariants.failedAttempts();

    Map<String, Integer> entrants = new LinkedHashMap<>();
    realRun.stages().forEach(stage -> entrants.put(stage.stage(), stage.entrants()));
    entrants.put("appointment", (int) (long) funnel.getOrDefault("APPOINTED", 0L));
    Run bareRun = new Run("bare", engine, staff.commands::get, () -> taskService.createTaskQuery().count());
    try (bareRun) {
      bare.play(entrants, bareRun);
    }
    List<Invariants.Check> afterBoth = invariants.check(N);

    System.out.println("Funnel: " + funnel);
    checks.forEach(c -> System.out.printf("%s %-70s %d%n", c.holds() ? "ok  " : "FAIL", c.name(), c.found()));
    benchmarks.write(N, SEED, realRun, bareRun, funnel, checks, realFailedAttempts, staff.secondClicks.get());
    Assertions.assertThat(checks).filteredOn(c -> !c.holds()).as("broken invariants after the real cohort").isEmpty();
    Assertions.assertThat(afterBoth).filteredOn(c -> !c.holds()).as("broken invariants after the baseline").isEmpty();
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }
}
