package kz.edu.leaders.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.simulation.RealCohort.Moment;
import kz.edu.leaders.testing.TestResultRow;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import kz.edu.leaders.SecondNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;

/**
 * The fault suite (README, "After a fault"): a cohort through the real application, run as child
 * processes ({@link NodeProcess}) with the job executor on, on PostgreSQL, with one fault injected per
 * run: the application killed with {@code kill -9} three times and restarted; PostgreSQL stopped for
 * 30 s; the mail server down through the ranking's mails; two nodes, one killed. This JVM is the
 * node people's clicks reach (its job executor is off: every job runs in a child process), owns the
 * database and the mail server, moves the engine clock for every process, and checks the invariants
 * afterwards. Only {@code ./mvnw -Pfaults test} runs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuite {

  private static final int N = Integer.getInteger("faults.n", 100);
  private static final long SEED = Long.getLong("faults.seed", 2025);
  private static final Set<String> RUNS = Set.of(System.getProperty("faults.runs", "kill,postgres,mail,nodes")
      .split(","));
  private static final Duration DATABASE_AWAY = Duration.ofSeconds(Long.getLong("faults.database-away", 30));
  private static final Duration PATIENCE = Duration.ofMinutes(10);
  /** The incidents a mail outage raises: the delivery's own failure (NotificationService). */
  private static final String MAIL_NOT_SENT = "Notification % not sent";
  private static final FaultTable TABLE = new FaultTable();

  private ConfigurableApplicationContext people;
  private RealCohort real;
  private EngineDriver engine;
  private Staff staff;
  private Invariants invariants;
  private TaskService taskService;
  private JdbcTemplate jdbc;
  private ObjectMapper json;

  private final List<NodeProcess> nodes = new ArrayList<>();
  private final List<String> recovery = new ArrayList<>();
  private final List<Invariants.Check> faultChecks = new ArrayList<>();
  /** Trail PDFs downloaded through the kill run's kills: none may arrive half-written. */
  private DownloadProbe downloads;
  private Path clockFile;
  private String runName;
  private Instant runStarted;

  @Test
  @Order(1)
  void theApplicationKilledThreeTimesAndRestarted() {
    NodeProcess node = run("kill", 1).get(0);
    play("application killed (kill -9) 3 times, restarted on the same database", node, Map.of(
        Moment.TEST_IMPORT_RUNNING, () -> {
          downloads = new DownloadProbe(node, "/api/audit/applications/"
              + jdbc.queryForObject("select min(application_number) from application", String.class) + "/trail.pdf");
          killMidImport(node);
        },
        Moment.RANKING_CONFIRMED, () -> killAndRestart(node, "while the ranking's mails go out", this::mailsGoingOut),
        Moment.INTERVIEWS_SCORED, () -> {
          // the node may have run the scores' jobs before the first look: then it is killed idle
          killAndRestart(node, "during the interviews", () -> lockedBy(node.lockOwner()) > 0 || nothingDue());
          downloads.close();
          faultChecks.addAll(downloads.checks());
        }), new Invariants.Faults(null, 3));
  }

  @Test
  @Order(2)
  void postgresStoppedForThirtySeconds() {
    NodeProcess node = run("postgres", 1).get(0);
    play("PostgreSQL stopped " + DATABASE_AWAY.toSeconds() + " s while the ranking's mails go out", node,
        Map.of(Moment.RANKING_CONFIRMED, () -> databaseAway(node)), Invariants.Faults.NONE);
  }

  @Test
  @Order(3)
  void theMailServerDownThroughTheRankingsMails() {
    NodeProcess node = run("mail", 1).get(0);
    play("mail server down through the ranking's mails, then one bulk retry", node, Map.of(
        Moment.RANKING_DUE, TestMailServer::stop,
        Moment.RANKING_DRAINED, () -> mailServerBack(node)), new Invariants.Faults(MAIL_NOT_SENT, 0));
  }

  @Test
  @Order(4)
  void twoNodesAndOneKilled() {
    List<NodeProcess> both = run("nodes", 2);
    NodeProcess survivor = both.get(0);
    NodeProcess victim = both.get(1);
    play("two nodes, one killed (kill -9) while the ranking's mails go out, not restarted", survivor,
        Map.of(Moment.RANKING_CONFIRMED, () -> {
          // right after the confirmation the ranking's mails are due: the first lock the victim takes is one of them;
          // on a loaded machine both nodes may have sent them all before the first look: then it is killed idle
          waitFor("jobs running on " + victim, () -> lockedBy(victim.lockOwner()) > 0 || nothingDue());
          long locked = lockedBy(victim.lockOwner());
          Instant killed = Instant.now();
          victim.kill();
          waitFor("the jobs " + victim + " had locked taken over", () -> lockedBy(victim.lockOwner()) == 0);
          recovery.add(String.format("%s killed with %d jobs locked; %s took them over %d s later", victim.node(),
              locked, survivor.node(), seconds(killed)));
        }), new Invariants.Faults(null, 1));
  }

  /** Starts the run's nodes on this run's database; the engine clock follows the suite's in each of them. */
  private List<NodeProcess> run(String name, int nodeCount) {
    Assumptions.assumeTrue(RUNS.contains(name), "not among -Dfaults.runs");
    runName = name;
    runStarted = Instant.now();
    ClockUtil.reset();
    // the node people's clicks reach, on a fresh database; its job executor is off (the test profile's)
    people = SecondNode.start("people", List.of(), "spring.datasource.url=" + FaultDatabase.fresh(),
        "spring.datasource.username=postgres", "spring.datasource.password=postgres", "leaders.demo.users=true");
    real = people.getBean(RealCohort.class);
    engine = people.getBean(EngineDriver.class);
    staff = people.getBean(Staff.class);
    invariants = people.getBean(Invariants.class);
    taskService = people.getBean(TaskService.class);
    jdbc = people.getBean(JdbcTemplate.class);
    json = people.getBean(ObjectMapper.class);
    TestMailServer.purge();
    try {
      Path dir = Files.createDirectories(Path.of("target", "faults", name).toAbsolutePath());
      clockFile = dir.resolve("clock");
      NodeProcess.write(clockFile, "0");
      for (int i = 1; i <= nodeCount; i++) {
        nodes.add(new NodeProcess("node-" + i, clockFile, dir, List.of(
            "spring.datasource.url=" + FaultDatabase.url(), "spring.datasource.username=postgres",
            "spring.datasource.password=postgres", "camunda.bpm.job-execution.enabled=true",
            "leaders.demo.users=true", "leaders.mail.transport=smtp", "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TestMailServer.server().getSmtp().getPort())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    nodes.forEach(node -> System.out.printf("[faults] %s started in %d s%n", node, node.start().toSeconds()));
    engine.clockFollowedBy(offset -> {
      NodeProcess.write(clockFile, String.valueOf(offset));
      nodes.stream().filter(NodeProcess::alive).forEach(node ->
          waitFor(node + " following the clock", () -> String.valueOf(offset).equals(node.appliedClock())));
    });
    return nodes;
  }

  /**
   * Plays the cohort with these faults at their moments (the test results imported through this
   * node), then checks every invariant, allowing what the fault explains.
   */
  private void play(String fault, NodeProcess importsTo, Map<Moment, Runnable> faults, Invariants.Faults expected) {
    real.withFaults(moment -> faults.getOrDefault(moment, () -> {
    }).run(), importOver(importsTo));
    try (Run cohort = new Run(runName, engine, staff.commands::get,
        () -> taskService.createTaskQuery().count(), () -> SqlStatements.NOT_COUNTED)) {
      real.play(N, SEED, cohort);
    }
    List<Invariants.Check> checks = new ArrayList<>(invariants.check(N, expected));
    checks.addAll(faultChecks);
    TABLE.add(runName, fault, N, Duration.between(runStarted, Instant.now()), recovery, invariants.funnel(),
        invariants.failedAttempts(), invariants.jobsPerNode(), checks);
    TABLE.print(System.out);
    Assertions.assertThat(checks).filteredOn(check -> !check.holds()).as("broken invariants after: " + fault).isEmpty();
  }

  /** Kills the node once the import has recorded its first rows, restarts it, waits for the import to finish. */
  private void killMidImport(NodeProcess node) {
    waitFor("the test import under way", () -> count("select count(*) from test_import_row where outcome <> 'PENDING'") > 0
        || count("select count(*) from test_import where state <> 'RUNNING'") > 0);
    Instant killed = Instant.now();
    node.kill();
    long pending = count("select count(*) from test_import_row where outcome = 'PENDING'");
    long rows = count("select count(*) from test_import_row");
    Duration restart = node.start();
    waitFor("the test import resumed and done", () -> count("select count(*) from test_import where state = 'RUNNING'") == 0);
    recovery.add(String.format("killed mid test import (%d of %d rows pending); restarted in %d s; import resumed"
        + " and done %d s after the kill", pending, rows, restart.toSeconds(), seconds(killed)));
    faultChecks.add(new Invariants.Check("test import rows pending at the kill (the kill fell mid-import)", pending,
        pending > 0));
  }

  /** Kills the node once this holds, restarts it, and waits until no job is locked in the dead one's name. */
  private void killAndRestart(NodeProcess node, String when, BooleanSupplier ready) {
    waitFor("the moment to kill " + when, ready);
    String dead = node.lockOwner();
    long locked = lockedBy(dead);
    Instant killed = Instant.now();
    node.kill();
    Duration restart = node.start();
    waitFor("the jobs " + dead + " had locked taken over", () -> lockedBy(dead) == 0);
    recovery.add(String.format("killed %s with %d jobs locked; restarted in %d s; its jobs taken over %d s after the"
        + " kill", when, locked, restart.toSeconds(), seconds(killed)));
  }

  /**
   * Stops PostgreSQL while jobs run, asks the node over and over meanwhile (a person's API call and
   * an engine REST call: 503 with Retry-After, never a hang; readiness DOWN), starts it again and waits
   * until the node is ready and its job executor runs jobs again.
   */
  private void databaseAway(NodeProcess node) {
    waitFor("the ranking's mails going out", this::mailsGoingOut);
    int year = (int) count("select max(cohort_year) from cohort");
    long jobsBefore = engine.jobsRun();
    Instant stopped = Instant.now();
    FaultDatabase.stop();
    long asked = 0;
    long unavailable = 0;
    long notReady = 0;
    long slowest = 0;
    while (Duration.between(stopped, Instant.now()).compareTo(DATABASE_AWAY) < 0) {
      for (String path : List.of("/api/cohorts/" + year, "/engine-rest/task/count")) {
        Instant asking = Instant.now();
        HttpResponse<String> answer = node.get(path, RealCohort.COORDINATOR);
        slowest = Math.max(slowest, Duration.between(asking, Instant.now()).toMillis());
        asked++;
        if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
          unavailable++;
        } else {
          System.out.printf("[faults] %s answered %d while the database was away: %s%n", path, answer.statusCode(),
              answer.body());
        }
      }
      notReady += node.get("/actuator/health/readiness", null).statusCode() == 503 ? 1 : 0;
      EngineDriver.sleep(500);
    }
    long checksOfReadiness = asked / 2;
    FaultDatabase.start();
    Instant started = Instant.now();
    waitFor(node + " ready again", node::ready);
    long ready = seconds(started);
    waitFor("jobs run again", () -> engine.jobsRun() > jobsBefore);
    recovery.add(String.format("database away %d s: %d of %d calls answered 503 with Retry-After, the slowest in %d ms;"
        + " readiness DOWN %d of %d times; the node ready %d s after the database started, jobs running again after"
        + " %d s", Duration.between(stopped, started).toSeconds(), unavailable, asked, slowest, notReady,
        checksOfReadiness, ready, seconds(started)));
    faultChecks.add(new Invariants.Check("calls while the database was away not answered 503 with Retry-After (of "
        + asked + ")", asked - unavailable, asked > 0 && asked == unavailable));
    faultChecks.add(new Invariants.Check("slowest answer while the database was away, ms (limit 15,000)", slowest,
        slowest < 15_000));
    faultChecks.add(new Invariants.Check("readiness checks UP while the database was away", checksOfReadiness - notReady,
        notReady == checksOfReadiness));
  }

  /**
   * The ranking's mails failed through their retries into incidents: the server comes back and a
   * process owner retries them all with the README's one call, then the job executor sends them.
   */
  private void mailServerBack(NodeProcess node) {
    long incidents = count("select count(*) from act_ru_incident");
    long failedMails = count("select count(*) from notification where status <> 'SENT'");
    TestMailServer.start();
    Instant back = Instant.now();
    HttpResponse<String> retried = node.postJson("/engine-rest/job/retries", "process.owner",
        "{\"retries\": 1, \"jobQuery\": {\"withException\": true, \"noRetriesLeft\": true}}");
    Assertions.assertThat(retried.statusCode()).as("the process owner's bulk retry: " + retried.body()).isEqualTo(200);
    waitFor("every mail sent after the bulk retry", () -> {
      engine.drain();
      return count("select count(*) from act_ru_incident") == 0
          && count("select count(*) from notification where status <> 'SENT'") == 0;
    });
    recovery.add(String.format("%d mails failed 5 times, 5 min apart on the engine clock (R5/PT5M), into %d incidents;"
        + " one bulk retry by the process owner (batch %s); all sent %d s after the server came back", failedMails,
        incidents, text(retried.body(), "id"), seconds(back)));
    faultChecks.add(new Invariants.Check("incidents the outage raised (it must raise some)", incidents, incidents > 0));
  }

  /** The test operator hands the results over to the node over HTTP, as a program would. */
  private RealCohort.ImportStarter importOver(NodeProcess node) {
    return (year, rows) -> {
      List<Map<String, String>> batch = rows.stream().map(FaultSuite::entry).toList();
      HttpResponse<String> answer;
      try {
        answer = node.postJson("/api/cohorts/" + year + "/test-results", "test.operator", json.writeValueAsString(batch));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Assertions.assertThat(answer.statusCode()).as("the test import: " + answer.body()).isEqualTo(202);
      return Long.parseLong(text(answer.body(), "id"));
    };
  }

  private static Map<String, String> entry(TestResultRow row) {
    return Map.of("applicationNumber", row.applicationNumber(), "score", row.score(), "date", row.date());
  }

  private boolean mailsGoingOut() {
    return count("select count(*) from notification where status = 'SENT'"
        + " and template in ('admitted-to-training', 'not-admitted')") >= 3;
  }

  /** No job is due on the engine clock, none locked: the node has nothing to do until the cohort goes on. */
  private boolean nothingDue() {
    return jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and (lock_owner_ is not null"
        + " or duedate_ is null or duedate_ <= ?)", Long.class, new java.sql.Timestamp(ClockUtil.getCurrentTime()
        .getTime())) == 0;
  }

  private long lockedBy(String owner) {
    return jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ = ?", Long.class, owner);
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }

  private String text(String body, String field) {
    try {
      JsonNode value = json.readTree(body).get(field);
      return value == null ? "?" : value.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long seconds(Instant since) {
    return Duration.between(since, Instant.now()).toSeconds();
  }

  /**
   * Waits until this holds, asking every 20 ms (a kill mid-import must not miss a short import) (a database that is just back may refuse the first
   * queries); fails naming what it waited for.
   */
  private static void waitFor(String what, BooleanSupplier condition) {
    Instant until = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (DataAccessException | TransactionException notYet) {
        // asked again below
      }
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("Waited " + PATIENCE + " for " + what);
      }
      EngineDriver.sleep(20);
    }
  }

  @AfterEach
  void stopNodes() {
    if (downloads != null) {
      downloads.close();
    }
    nodes.forEach(NodeProcess::stop);
    if (people != null) {
      people.close();
    }
    TestMailServer.start();
    ClockUtil.reset();
  }

  @AfterAll
  static void writeTable() {
    TABLE.writeInto(Path.of("BENCHMARKS.md"));
  }
}
