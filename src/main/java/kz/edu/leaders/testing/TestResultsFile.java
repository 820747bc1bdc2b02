package kz.edu.leaders.testing;

import java.util.List;
import kz.edu.leaders.config.CsvTable;

/**
 * Reads the testing centre's CSV ({@link CsvTable}): a header row naming applicationNumber, score
 * and date in any order.
 */
final class TestResultsFile {

  static final int MAX_ROWS = 100_000;
  private static final List<String> COLUMNS = List.of("applicationNumber", "score", "date");

  private TestResultsFile() {
  }

  static List<TestResultRow> parse(byte[] content) {
    try {
      return CsvTable.parse(content, COLUMNS, MAX_ROWS).stream()
          .map(row -> row.cells() == null
              ? new TestResultRow(row.line(), row.raw().isEmpty() ? null : row.raw().get(0), null, null)
              : new TestResultRow(row.line(), row.cells().get("applicationnumber"), row.cells().get("score"),
                  row.cells().get("date")))
          .toList();
    } catch (CsvTable.Refused e) {
      throw new TestImportRefused(e.getMessage());
    }
  }
}
