package kz.edu.leaders.testing;

import java.util.List;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.Text;

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
          .map(row -> row.problem() != null
              ? new TestResultRow(row.line(), firstCell(row), null, null, row.problem())
              : new TestResultRow(row.line(), row.cells().get("applicationnumber"), row.cells().get("score"),
                  row.cells().get("date")))
          .toList();
    } catch (CsvTable.Refused e) {
      throw new TestImportRefused(e.getMessage());
    }
  }

  /** Shown with the refused row, to find it: not when it is the cell that cannot be stored. */
  private static String firstCell(CsvTable.Row row) {
    return row.raw().isEmpty() || Text.hasControlCharacter(row.raw().get(0), false) ? null : row.raw().get(0);
  }
}
