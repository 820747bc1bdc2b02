package kz.edu.leaders.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the testing centre's CSV: UTF-8 (a byte order mark is fine), a header row naming
 * applicationNumber, score and date in any order, comma or semicolon separated.
 */
final class TestResultsFile {

  static final int MAX_ROWS = 100_000;

  private TestResultsFile() {
  }


  static List<TestResultRow> parse(byte[] content) {
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
      throw new TestImportRefused("The file is empty: expected a header row applicationNumber,score,date and results");
    }
    String separator = lines.get(headerIndex).contains(";") ? ";" : ",";
    List<String> header = cells(lines.get(headerIndex), separator).stream()
        .map(cell -> cell.toLowerCase(Locale.ROOT)).toList();
    int number = column(header, "applicationnumber");
    int score = column(header, "score");
    int date = column(header, "date");
    List<TestResultRow> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = cells(lines.get(i), separator);
      int rowNumber = i + 1;
      rows.add(cells.size() != header.size()
          ? new TestResultRow(rowNumber, cells.isEmpty() ? null : cells.get(0), null, null)
          : new TestResultRow(rowNumber, cells.get(number), cells.get(score), cells.get(date)));
      if (rows.size() > MAX_ROWS) {
        throw new TestImportRefused("More than " + MAX_ROWS + " rows: split the file");
      }
    }
    if (rows.isEmpty()) {
      throw new TestImportRefused("The file has a header but no results");
    }
    return rows;
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new TestImportRefused("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again");
    }
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new TestImportRefused("The header row must name applicationNumber, score and date; it reads " + header);
    }
    return index;
  }

  private static List<String> cells(String line, String separator) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(separator, -1)) {
      cells.add(cell.trim().replaceAll("^\"|\"$", ""));
    }
    return cells;
  }
}
