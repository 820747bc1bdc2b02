package kz.edu.leaders.testing;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import kz.edu.leaders.config.RequestRefused;

/**
 * Imports test results in the background, so that a crash loses none. The rows are stored, PENDING,
 * in the transaction that creates the import; then each row is recorded and marked in a transaction
 * of its own, so 15,000 rows never make one giant transaction and progress is counted from the rows.
 * The node working an import holds a lease on it ({@link #LEASE}, renewed as it goes); every node
 * looks for unfinished imports nobody holds at start-up and every half lease, and goes on with them.
 * A row is marked only while PENDING, in the transaction that records it, so none is recorded twice,
 * even by a node that kept working after its lease ran out. Importing the same file again changes nothing.
 */
@Service
public class TestImportService {

  static final Duration LEASE = Duration.ofMinutes(1);
  static final int PROGRESS_EVERY = 250;
  private static final int INSERT_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(TestImportService.class);

  private final CohortService cohorts;
  private final TestResultRecorder recorder;
  private final TestImportRepository imports;
  private final TestImportRowRepository importRows;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ThreadPoolTaskScheduler executor;
  private final Clock clock;
  /** Leases are held between nodes in real time: a moved engine clock must not expire a live one. */
  private final Clock leaseClock = Clock.systemUTC();
  /** This run of this node: a restarted node is another owner, and waits for its old lease to run out. */
  private final String node;
  private volatile boolean stopping;

  public TestImportService(CohortService cohorts, TestResultRecorder recorder, TestImportRepository imports,
      TestImportRowRepository importRows, JdbcTemplate jdbc, PlatformTransactionManager transactions,
      @Qualifier("testImportExecutor") ThreadPoolTaskScheduler executor, Clock clock) {
    this.cohorts = cohorts;
    this.recorder = recorder;
    this.imports = imports;
    this.importRows = importRows;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.executor = executor;
    this.clock = clock;
    String process = ManagementFactory.getRuntimeMXBean().getName();
    this.node = process.substring(0, Math.min(process.length(), 80)) + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Stores the rows for import and starts it; the returned import shows its progress. */
  public TestImport start(int cohortYear, List<TestResultRow> rows, String source, String importedBy) {
    TestImport started = store(cohortYear, rows, source, importedBy);
    executor.execute(() -> resume(started.getId()));
    return started;
  }

  /** The import and every row as written, PENDING, in one transaction: from here on no row is lost. */
  TestImport store(int cohortYear, List<TestResultRow> rows, String source, String importedBy) {
    cohorts.find(cohortYear); // an unknown cohort is a 404, not a foreign key error
    return transaction.execute(status -> {
      TestImport stored = imports.save(new TestImport(cohortYear, source, rows.size(), importedBy, clock.instant()));
      // plain JDBC batches: JPA would insert one row at a time, as the ids are the database's
      jdbc.batchUpdate("insert into test_import_row (import_id, row_number, application_number, written_score,"
          + " written_date, problem, outcome) values (?, ?, ?, ?, ?, ?, 'PENDING')", rows, INSERT_BATCH,
          (PreparedStatement insert, TestResultRow written) -> insertRow(insert, stored.getId(), written));
      return stored;
    });
  }

  private static void insertRow(PreparedStatement insert, long importId, TestResultRow written) throws SQLException {
    TestResultRow row = TestImportRow.storable(written);
    insert.setLong(1, importId);
    insert.setInt(2, row.rowNumber());
    insert.setString(3, row.applicationNumber());
    insert.setString(4, row.score());
    insert.setString(5, row.date());
    insert.setString(6, row.problem());
  }

  public TestImport find(long id) {
    return imports.findById(id).orElseThrow(() -> new ImportNotFoundException(id));
  }

  public List<TestImportRow> rows(long id) {
    return importRows.findByImportIdOrderByRowNumberAsc(id);
  }

  /** How many rows have each outcome so far (PENDING: not yet processed). */
  public Map<TestImportRow.Outcome, Integer> progress(long id) {
    Map<TestImportRow.Outcome, Integer> counts = new EnumMap<>(TestImportRow.Outcome.class);
    for (TestImportRow.Outcome outcome : TestImportRow.Outcome.values()) {
      counts.put(outcome, 0);
    }
    importRows.countByOutcome(id).forEach(count ->
        counts.put((TestImportRow.Outcome) count[0], ((Number) count[1]).intValue()));
    return counts;
  }

  /** After the engine and the identities are set up: a node that stopped mid-import left work behind. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void resumeUnfinishedFromNowOn() {
    executor.scheduleWithFixedDelay(this::resumeUnfinished, LEASE.dividedBy(2));
  }

  @EventListener(ContextClosedEvent.class)
  public void stop() {
    stopping = true;
  }

  /** Goes on with every unfinished import that nobody holds, one after the other. */
  void resumeUnfinished() {
    for (Long importId : imports.unheld(TestImport.State.RUNNING, leaseClock.instant())) {
      try {
        resume(importId);
      } catch (RuntimeException e) {
        // its lease runs out and the next look tries again
        LOG.error("Test import {} stopped on {}", importId, node, e);
      }
    }
  }

  /**
   * Takes the import unless another node holds it, processes its PENDING rows and finishes it.
   * @return false when it was done or held by another node, so nothing was processed here
   */
  boolean resume(long importId) {
    Instant now = leaseClock.instant();
    if (transaction.execute(status -> imports.claim(importId, TestImport.State.RUNNING, node, now, now.plus(LEASE)))
        == 0) {
      return false;
    }
    TestImport testImport = find(importId);
    Cohort cohort = cohorts.find(testImport.getCohortYear());
    LOG.info("Test import {}: going on with it on {}", importId, node);
    Instant renewAt = now.plus(LEASE.dividedBy(3));
    List<TestImportRow> pending;
    while (!(pending = importRows.findByImportIdAndOutcomeOrderByRowNumberAsc(importId, TestImportRow.Outcome.PENDING,
        Limit.of(PROGRESS_EVERY))).isEmpty()) {
      for (TestImportRow row : pending) {
        if (stopping) {
          transaction.execute(status -> imports.release(importId, node));
          LOG.info("Test import {}: left to the next node, this one stops", importId);
          return true;
        }
        if (leaseClock.instant().isAfter(renewAt)) {
          Instant at = leaseClock.instant();
          if (transaction.execute(status -> imports.renew(importId, node, at.plus(LEASE))) == 0) {
            LOG.warn("Test import {}: the lease ran out and another node took the import over", importId);
            return true;
          }
          renewAt = at.plus(LEASE.dividedBy(3));
        }
        process(importId, row, cohort, testImport.getImportedBy());
      }
      logProgress(importId, "");
    }
    boolean finished = Boolean.TRUE.equals(transaction.execute(status ->
        !importRows.existsByImportIdAndOutcome(importId, TestImportRow.Outcome.PENDING)
            && imports.finish(importId, node, TestImport.State.DONE, clock.instant()) == 1));
    logProgress(importId, finished ? ", done" : "");
    return true;
  }

  /**
   * Records one row and marks it, in one transaction. When recording throws, that transaction rolls
   * back and a second one marks the row refused: a crash in between leaves it PENDING, never recorded.
   * @return false when the row was no longer PENDING: another node processed it
   */
  boolean process(long importId, TestImportRow row, Cohort cohort, String importedBy) {
    try {
      return transaction.execute(status -> markIfPending(status, row,
          recorder.record(cohort, row.written(), importedBy)));
    } catch (RuntimeException e) {
      if (!(e instanceof MismatchingMessageCorrelationException)) {
        LOG.error("Test import {}: row {} could not be recorded", importId, row.getRowNumber(), e);
      }
      RecordedResult refused = TestResultRecorder.refusal(e);
      return transaction.execute(status -> markIfPending(status, row, refused));
    }
  }

  /** The conditional update locks the row: a second node waits for the first, then finds it marked. */
  private boolean markIfPending(TransactionStatus status, TestImportRow row, RecordedResult result) {
    if (importRows.markPending(row.getId(), TestImportRow.Outcome.PENDING, result.outcome(), result.score(),
        result.takenOn(), result.reason()) == 1) {
      return true;
    }
    // another node processed the row first: whatever this one recorded for it goes
    status.setRollbackOnly();
    return false;
  }

  private void logProgress(long importId, String done) {
    Map<TestImportRow.Outcome, Integer> counts = progress(importId);
    LOG.info("Test import {}: {} rows to go ({} accepted, {} unchanged, {} refused){}", importId,
        counts.get(TestImportRow.Outcome.PENDING), counts.get(TestImportRow.Outcome.ACCEPTED),
        counts.get(TestImportRow.Outcome.UNCHANGED), counts.get(TestImportRow.Outcome.REFUSED), done);
  }

  public static class ImportNotFoundException extends RequestRefused.NotFound {

    ImportNotFoundException(long id) {
      super(id + " нөмірлі тест нәтижелерінің жүктемесі жоқ / Загрузки результатов теста с номером " + id + " нет");
    }
  }
}
