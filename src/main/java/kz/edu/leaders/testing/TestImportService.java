package kz.edu.leaders.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports test results in the background: each row commits on its own, progress is saved every
 * {@value #PROGRESS_EVERY} rows, so 15,000 rows never make one giant transaction and the status can
 * be watched while they go in. Importing the same file again changes nothing.
 */
@Service
public class TestImportService {

  static final int PROGRESS_EVERY = 250;
  private static final Logger LOG = LoggerFactory.getLogger(TestImportService.class);

  private final CohortService cohorts;
  private final TestResultRecorder recorder;
  private final TestImportRepository imports;
  private final TestImportRowRepository importRows;
  private final TransactionTemplate transaction;
  private final Executor executor;
  private final Clock clock;

  public TestImportService(CohortService cohorts, TestResultRecorder recorder, TestImportRepository imports,
      TestImportRowRepository importRows, PlatformTransactionManager transactions,
      @Qualifier("testImportExecutor") Executor executor, Clock clock) {
    this.cohorts = cohorts;
    this.recorder = recorder;
    this.imports = imports;
    this.importRows = importRows;
    this.transaction = new TransactionTemplate(transactions);
    this.executor = executor;
    this.clock = clock;
  }

  /** Accepts the rows for import and starts it; the returned import shows its progress. */
  public TestImport start(int cohortYear, List<TestResultRow> rows, String source, String importedBy) {
    Cohort cohort = cohorts.find(cohortYear);
    TestImport started = transaction.execute(status ->
        imports.save(new TestImport(cohortYear, source, rows.size(), importedBy, clock.instant())));
    executor.execute(() -> run(started.getId(), cohort, rows, importedBy));
    return started;
  }

  public TestImport find(long id) {
    return imports.findById(id).orElseThrow(() -> new ImportNotFoundException(id));
  }

  public List<TestImportRow> rows(long id) {
    return importRows.findByImportIdOrderByRowNumberAsc(id);
  }

  private void run(Long importId, Cohort cohort, List<TestResultRow> rows, String importedBy) {
    List<TestImportRow> batch = new ArrayList<>();
    for (TestResultRow row : rows) {
      RecordedResult result;
      try {
        result = recorder.record(cohort, row, importedBy);
      } catch (RuntimeException e) {
        LOG.error("Import {} row {} failed", importId, row.rowNumber(), e);
        result = RecordedResult.refused("could not be recorded: " + e.getMessage());
      }
      batch.add(new TestImportRow(importId, row, result));
      if (batch.size() == PROGRESS_EVERY) {
        saveProgress(importId, batch, false);
        batch = new ArrayList<>();
      }
    }
    saveProgress(importId, batch, true);
  }

  private void saveProgress(Long importId, List<TestImportRow> batch, boolean last) {
    TestImport progress = transaction.execute(status -> {
      importRows.saveAll(batch);
      TestImport testImport = imports.findById(importId).orElseThrow();
      testImport.progress(count(batch, TestImportRow.Outcome.ACCEPTED), count(batch, TestImportRow.Outcome.UNCHANGED),
          count(batch, TestImportRow.Outcome.REFUSED));
      if (last) {
        testImport.finish(clock.instant());
      }
      return testImport;
    });
    LOG.info("Test import {}: {}/{} rows ({} accepted, {} unchanged, {} refused){}", importId,
        progress.getProcessed(), progress.getTotalRows(), progress.getAccepted(), progress.getUnchanged(),
        progress.getRefused(), last ? ", done" : "");
  }

  private static int count(List<TestImportRow> rows, TestImportRow.Outcome outcome) {
    return (int) rows.stream().filter(row -> row.getOutcome() == outcome).count();
  }

  public static class ImportNotFoundException extends RuntimeException {

    ImportNotFoundException(long id) {
      super("No test import " + id);
    }
  }
}
