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
 * line break, blank lines ignored. Written: comma separated, CRLF line ends, quoted where needed, and a
 * text cell a spreadsheet would take for a formula after an apostrophe (OWASP's CSV injection).
 */
public final class CsvTable {

  private static final CSVFormat WRITTEN = CSVFormat.RFC4180;
  /** What a spreadsheet reads a cell starting with as a formula (a tab or a carriage return before one). */
  private static final String FORMULA_START = "=+-@\t\r";

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
        new Refused("Файл бос: алдымен бағандар атауларының жолы (" + String.join(", ", columns)
            + "), одан кейін деректер жолдары болуы керек / Файл пуст: нужна строка с названиями столбцов ("
            + String.join(", ", columns) + "), а за ней строки с данными"));
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
            ? new Row(line, cells, null, "бағандар саны атаулар жолындағыдай болуы керек: " + header.size()
                + " / столбцов должно быть столько же, сколько в строке названий: " + header.size())
            : row(line, header, cells));
        if (rows.size() > maxRows) {
          throw new Refused("Файлда " + maxRows + " жолдан көп: оны бірнеше файлға бөліңіз / В файле больше "
              + maxRows + " строк: разделите его на несколько файлов");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new Refused("Файлда бағандар атауларының жолы бар, бірақ деректер жолдары жоқ / В файле есть строка "
          + "с названиями столбцов, но нет строк с данными");
    }
    return rows;
  }

  /**
   * RFC 4180 text: the header row, then one line per row; {@code null} cells are left empty, numbers
   * are written as they are (a negative one too), any other cell as text, guarded ({@link #cell}).
   */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, WRITTEN)) {
      printer.printRecord(header);
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(CsvTable::cell));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * A text starting as a formula would (a candidate named "=HYPERLINK(…)") is written after an
   * apostrophe, which a spreadsheet shows as text and does not run.
   */
  private static Object cell(Object value) {
    if (value == null || value instanceof Number) {
      return value;
    }
    String text = value.toString();
    return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** A quote that is never closed swallows the rest of the file: the whole file is refused, naming its line. */
  private static boolean hasNext(Iterator<CSVRecord> records, int line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new Refused(line + "-жол: тырнақшадағы ұяшық жабылмаған немесе жабатын тырнақшадан кейін мәтін бар"
          + " (тырнақша ішіндегі тырнақша екі рет жазылады: \"\") / Строка " + line + ": ячейка в кавычках не закрыта"
          + " или после закрывающей кавычки есть текст (кавычка внутри ячейки в кавычках пишется дважды: \"\")");
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
    String missing = String.join(", ", columns.stream()
        .filter(column -> !header.contains(column.toLowerCase(Locale.ROOT))).toList());
    if (!missing.isEmpty()) {
      throw new Refused("Бағандар атауларының жолында мына бағандар жоқ: " + missing + " (керегі: "
          + String.join(", ", columns) + ") / В строке с названиями столбцов нет столбцов: " + missing
          + " (нужны: " + String.join(", ", columns) + ")");
    }
  }

  private static Row row(int line, List<String> header, List<String> cells) {
    Map<String, String> byColumn = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (Text.hasControlCharacter(cells.get(c), false)) {
        return new Row(line, cells, null, "«" + header.get(c) + "» бағанында басқарушы таңба бар (мысалы, жол ауысуы) / "
            + "в столбце «" + header.get(c) + "» есть управляющий символ (например, перенос строки)");
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
      throw new Refused("Файл UTF-8 кодтауында емес: оны «CSV UTF-8» түрінде сақтап, қайта жүктеңіз / Файл не в "
          + "кодировке UTF-8: сохраните его как «CSV UTF-8» и загрузите снова");
    }
  }
}
