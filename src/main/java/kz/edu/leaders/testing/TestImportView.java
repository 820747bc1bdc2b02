package kz.edu.leaders.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record TestImportView(long id, int cohortYear, String source, TestImport.State state, int totalRows,
    int processed, int accepted, int unchanged, int refused, String importedBy, Instant startedAt,
    Instant finishedAt, List<Row> rows) {

  public record Row(int row, String applicationNumber, Integer score, LocalDate date, TestImportRow.Outcome outcome,
      String reason) {
  }

  static TestImportView of(TestImport i, List<TestImportRow> rows) {
    return new TestImportView(i.getId(), i.getCohortYear(), i.getSource(), i.getState(), i.getTotalRows(),
        i.getProcessed(), i.getAccepted(), i.getUnchanged(), i.getRefused(), i.getImportedBy(), i.getStartedAt(),
        i.getFinishedAt(), rows.stream().map(r -> new Row(r.getRowNumber(), r.getApplicationNumber(), r.getScore(),
            r.getTakenOn(), r.getOutcome(), r.getReason())).toList());
  }
}
