package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person who exports a spreadsheet uploads, and what a spreadsheet opens from the reports. */
class CsvTableTest {

  private static final List<String> COLUMNS = List.of("name", "region");

  private static List<CsvTable.Row> parse(String text) {
    return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), COLUMNS, 10);
  }

  @Test
  void aQuotedSeparatorStaysInItsCell() {
    List<CsvTable.Row> rows = parse("name,region\r\n\"Школа-гимназия №159, Алматы\",ALA\r\n");

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.problem()).isNull();
      assertThat(row.cells()).containsEntry("name", "Школа-гимназия №159, Алматы").containsEntry("region", "ALA");
    });
  }

  @Test
  void aSemicolonFileWithAByteOrderMarkReadsLikeACommaOne() {
    List<CsvTable.Row> rows = parse("\uFEFFRegion;Name\n ALA ; \"Гимназия; №4\" \n");

    assertThat(rows.get(0).cells()).containsEntry("name", "Гимназия; №4").containsEntry("region", "ALA");
  }

  @Test
  void quotesInsideAQuotedCellAreWrittenTwice() {
    List<CsvTable.Row> rows = parse("name,region\n\"Лицей \"\"Бiлiм-Инновация\"\"\",ALA\n");

    assertThat(rows.get(0).cells()).containsEntry("name", "Лицей \"Бiлiм-Инновация\"");
  }

  @Test
  void aBadRowIsRefusedOnItsOwnLineAndTheOthersAreRead() {
    List<CsvTable.Row> rows = parse("name,region\r\n\r\nГимназия №1,ALA\r\n\"Гимназия, №2\"\r\n\r\n"
        + "\"Лицей\nбез строки\",ALA\r\nГимназия №3,SHY\r\n");

    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(3, 4, 6, 8);
    assertThat(rows.get(1).problem()).isEqualTo("expected 2 columns: name, region");
    assertThat(rows.get(1).raw()).containsExactly("Гимназия, №2");
    assertThat(rows.get(2).problem()).isEqualTo("name: contains a control character");
    assertThat(rows.get(3).cells()).containsEntry("name", "Гимназия №3");
  }

  @Test
  void aQuoteNeverClosedRefusesTheFileNamingWhereItOpens() {
    assertThatThrownBy(() -> parse("name,region\nГимназия №1,ALA\n\n\"Гимназия №2,ALA\nЛицей,SHY\n"))
        .isInstanceOf(CsvTable.Refused.class).hasMessageStartingWith("Line 4: a quoted cell is not closed");
    assertThatThrownBy(() -> parse("name,region\n\"Гимназия\" №2,ALA\n"))
        .isInstanceOf(CsvTable.Refused.class).hasMessageStartingWith("Line 2: ");
  }

  @Test
  void aFileWithoutTheColumnsOrRowsIsRefusedSayingWhatIsMissing() {
    assertThatThrownBy(() -> parse("\uFEFF\n  \n")).hasMessage("The file is empty: expected a header row name,region and rows");
    assertThatThrownBy(() -> parse("name,city\nA,B\n"))
        .hasMessage("The header row must name name and region; it reads [name, city]");
    assertThatThrownBy(() -> parse("name,region\n\n")).hasMessage("The file has a header but no data rows");
    assertThatThrownBy(() -> parse("name,region\n" + "A,B\n".repeat(11))).hasMessage("More than 10 rows: split the file");
  }

  @Test
  void writtenCellsAreQuotedWhereTheyNeedItAndReadBackTheSame() {
    String text = CsvTable.write(List.of("name", "region"), List.of(
        Arrays.asList("Школа-гимназия №159, Алматы", "ALA"), Arrays.asList("Лицей \"Дарын\"\nфилиал", null),
        Arrays.asList(76.8, 5)));

    assertThat(text).isEqualTo("name,region\r\n\"Школа-гимназия №159, Алматы\",ALA\r\n"
        + "\"Лицей \"\"Дарын\"\"\nфилиал\",\r\n76.8,5\r\n");
    assertThat(parse(text).get(0).cells()).containsEntry("name", "Школа-гимназия №159, Алматы");
    assertThat(parse(text).get(1).raw()).containsExactly("Лицей \"Дарын\"\nфилиал", "");
  }
}
