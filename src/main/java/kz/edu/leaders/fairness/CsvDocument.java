package kz.edu.leaders.fairness;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A CSV document for spreadsheets (RFC 4180): CRLF rows, a cell quoted when it holds a comma, quote or line break. */
final class CsvDocument {

  private final StringBuilder text = new StringBuilder();

  CsvDocument(String... header) {
    row((Object[]) header);
  }

  /** A row; null cells stay empty. */
  CsvDocument row(Object... cells) {
    text.append(Arrays.stream(cells).map(CsvDocument::cell).collect(Collectors.joining(","))).append("\r\n");
    return this;
  }

  private static String cell(Object value) {
    String cell = value == null ? "" : value.toString();
    return cell.matches("(?s).*[\",\\r\\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
