package kz.edu.leaders.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public record TestImportView(long id, int cohortYear, String source, TestImport.State state, int totalRows,
    int processed, int accepted, int unchanged, int refused, String importedBy, Instant startedAt,
    Instant finishedAt, List<Row> rows) {

  public record Row(int row, String applicationNumber, Integer score, LocalDate date, TestImportRow.Outcome outcome,
      String reason) {
  }

  /** @param counts how many rows have each outcome: progress is counted from the stored rows */
  static TestImportView of(TestImport i, Map<TestImportRow.Outcome, Integer> counts, List<TestImportRow> rows) {
    int accepted = counts.getOrDefault(TestImportRow.Outcome.ACCEPTED, 0);
    int unchanged = counts.getOrDefault(TestImportRow.Outcome.UNCHANGED, 0);
    int refused = counts.getOrDefault(TestImportRow.Outcome.REFUSED, 0);
    return new TestImportView(i.getId(), i.getCohortYear(), i.getSource(), i.getState(), i.getTotalRows(),
        accepted + unchanged + refused, accepted, unchanged, refused, i.getImportedBy(), i.getStartedAt(),
        i.getFinishedAt(), rows.stream().map(r -> new Row(r.getRowNumber(), r.getApplicationNumber(), r.getScore(),
            r.getTakenOn(), r.getOutcome(), r.getReason())).toList());
  }
}
