package kz.edu.leaders.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as people export it from spreadsheets: UTF-8 (a byte order mark is fine), a header row
 * naming the columns in any order and any case, comma or semicolon separated, blank lines ignored.
 */
public final class CsvTable {

  /**
   * One data row: its line number in the file, its cells as written, and by lower-case column name;
   * or, instead of those by name, why the row cannot be read (another number of cells than the
   * header, a control character in a cell).
   */
  public record Row(int line, List<String> raw, Map<String, String> cells, String problem) {
  }

  /** The file as a whole cannot be read; the message says why, for the person who uploaded it. */
  public static class Refused extends RuntimeException {

    public Refused(String message) {
      super(message);
    }
  }

  private CsvTable() {
  }

  /** @param columns the columns the header must name, as people write them (compared in any case) */
  public static List<Row> parse(byte[] content, List<String> columns, int maxRows) {
    String text = decode(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.lines().toList();
    int headerIndex = 0;
    while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new Refused("The file is empty: expected a header row " + String.join(",", columns) + " and rows");
    }
    String separator = lines.get(headerIndex).contains(";") ? ";" : ",";
    List<String> header = cells(lines.get(headerIndex), separator).stream()
        .map(cell -> cell.toLowerCase(Locale.ROOT)).toList();
    if (!header.containsAll(columns.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList())) {
      throw new Refused("The header row must name " + String.join(", ", columns.subList(0, columns.size() - 1))
          + " and " + columns.get(columns.size() - 1) + "; it reads " + header);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = cells(lines.get(i), separator);
      rows.add(cells.size() != header.size()
          ? new Row(i + 1, cells, null, "expected " + header.size() + " columns: " + String.join(", ", columns))
          : row(i + 1, header, cells));
      if (rows.size() > maxRows) {
        throw new Refused("More than " + maxRows + " rows: split the file");
      }
    }
    if (rows.isEmpty()) {
      throw new Refused("The file has a header but no data rows");
    }
    return rows;
  }

  private static Row row(int line, List<String> header, List<String> cells) {
    Map<String, String> byColumn = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (Text.hasControlCharacter(cells.get(c), false)) {
        return new Row(line, cells, null, header.get(c) + ": contains a control character");
      }
      byColumn.put(header.get(c), cells.get(c));
    }
    return new Row(line, cells, byColumn, null);
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new Refused("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again");
    }
  }

  private static List<String> cells(String line, String separator) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(separator, -1)) {
      cells.add(cell.trim().replaceAll("^\"|\"$", ""));
    }
    return cells;
  }
}
