package kz.edu.leaders.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 has it, read and written by Apache Commons CSV. Read: a file as people export it
 * from spreadsheets, UTF-8 (a byte order mark is fine), a header row naming the columns in any order
 * and any case, comma or semicolon separated, cells quoted where they hold a separator, a quote or a
 * line break, blank lines ignored. Written: comma separated, CRLF line ends, quoted where needed.
 */
public final class CsvTable {

  private static final CSVFormat WRITTEN = CSVFormat.RFC4180;

  /**
   * One data row: the line it starts on in the file, its cells as written, and by lower-case column
   * name; or, instead of those by name, why the row cannot be read (another number of cells than the
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
    String headerLine = lines.stream().filter(line -> !line.isBlank()).findFirst().orElseThrow(() ->
        new Refused("The file is empty: expected a header row " + String.join(",", columns) + " and rows"));
    // A spreadsheet saved with a comma decimal mark separates by semicolons: the header tells which.
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(headerLine.contains(";") ? ';' : ',')
        .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int linesRead = 0;
    try (CSVParser parser = CSVParser.builder().setCharSequence(text).setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, firstNonBlank(lines, linesRead))) {
        int line = firstNonBlank(lines, linesRead);
        List<String> cells = records.next().toList();
        linesRead = (int) parser.getCurrentLineNumber();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        if (header == null) {
          header = cells.stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList();
          requireColumns(header, columns);
          continue;
        }
        rows.add(cells.size() != header.size()
            ? new Row(line, cells, null, "expected " + header.size() + " columns: " + String.join(", ", columns))
            : row(line, header, cells));
        if (rows.size() > maxRows) {
          throw new Refused("More than " + maxRows + " rows: split the file");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new Refused("The file has a header but no data rows");
    }
    return rows;
  }

  /** RFC 4180 text: the header row, then one line per row; {@code null} cells are left empty. */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, WRITTEN)) {
      printer.printRecord(header);
      printer.printRecords(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** A quote that is never closed swallows the rest of the file: the whole file is refused, naming its line. */
  private static boolean hasNext(Iterator<CSVRecord> records, int line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new Refused("Line " + line + ": a quoted cell is not closed, or text follows its closing quote"
          + " (a quote inside a quoted cell is written twice: \"\")");
    }
  }

  /** The line (1-based) a record starts on when {@code linesRead} lines are behind the parser. */
  private static int firstNonBlank(List<String> lines, int linesRead) {
    int index = linesRead;
    while (index < lines.size() && lines.get(index).isBlank()) {
      index++;
    }
    return index + 1;
  }

  private static void requireColumns(List<String> header, List<String> columns) {
    if (!header.containsAll(columns.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList())) {
      throw new Refused("The header row must name " + String.join(", ", columns.subList(0, columns.size() - 1))
          + " and " + columns.get(columns.size() - 1) + "; it reads " + header);
    }
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
}
