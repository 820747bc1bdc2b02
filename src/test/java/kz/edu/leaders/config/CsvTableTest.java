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
    assertThat(rows.get(1).problem()).isEqualTo("бағандар саны атаулар жолындағыдай болуы керек: 2 / "
        + "столбцов должно быть столько же, сколько в строке названий: 2");
    assertThat(rows.get(1).raw()).containsExactly("Гимназия, №2");
    assertThat(rows.get(2).problem()).isEqualTo("«name» бағанында басқарушы таңба бар (мысалы, жол ауысуы) / "
        + "в столбце «name» есть управляющий символ (например, перенос строки)");
    assertThat(rows.get(3).cells()).containsEntry("name", "Гимназия №3");
  }

  @Test
  void aQuoteNeverClosedRefusesTheFileNamingWhereItOpens() {
    assertThatThrownBy(() -> parse("name,region\nГимназия №1,ALA\n\n\"Гимназия №2,ALA\nЛицей,SHY\n"))
        .isInstanceOf(CsvTable.Refused.class).hasMessageStartingWith("4-жол: тырнақшадағы ұяшық жабылмаған")
        .hasMessageContaining(" / Строка 4: ячейка в кавычках не закрыта");
    assertThatThrownBy(() -> parse("name,region\n\"Гимназия\" №2,ALA\n"))
        .isInstanceOf(CsvTable.Refused.class).hasMessageStartingWith("2-жол: ");
  }

  @Test
  void aFileWithoutTheColumnsOrRowsIsRefusedSayingWhatIsMissing() {
    assertThatThrownBy(() -> parse("\uFEFF\n  \n")).hasMessage("Файл бос: алдымен бағандар атауларының жолы (name, "
        + "region), одан кейін деректер жолдары болуы керек / Файл пуст: нужна строка с названиями столбцов (name, "
        + "region), а за ней строки с данными");
    assertThatThrownBy(() -> parse("name,city\nA,B\n")).hasMessage("Бағандар атауларының жолында мына бағандар жоқ: "
        + "region (керегі: name, region) / В строке с названиями столбцов нет столбцов: region (нужны: name, region)");
    assertThatThrownBy(() -> parse("name,region\n\n")).hasMessage("Файлда бағандар атауларының жолы бар, бірақ "
        + "деректер жолдары жоқ / В файле есть строка с названиями столбцов, но нет строк с данными");
    assertThatThrownBy(() -> parse("name,region\n" + "A,B\n".repeat(11))).hasMessage("Файлда 10 жолдан көп: оны "
        + "бірнеше файлға бөліңіз / В файле больше 10 строк: разделите его на несколько файлов");
    assertThatThrownBy(() -> CsvTable.parse(new byte[] {(byte) 0xC7, ','}, COLUMNS, 10))
        .hasMessageEndingWith("/ Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8» и загрузите снова");
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

  @Test
  void aTextASpreadsheetWouldRunIsWrittenAfterAnApostropheAndANumberAsItIs() {
    String text = CsvTable.write(List.of("name", "region"), List.of(
        Arrays.asList("=1+1", -5), Arrays.asList("=HYPERLINK(\"http://evil.example\",\"CV\")", "+7 701"),
        Arrays.asList("-5", "@SUM(A1)"), Arrays.asList("\tВерхний", "\r=1"), Arrays.asList("Ә-1=2", -76.8)));

    assertThat(text).isEqualTo("name,region\r\n'=1+1,-5\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"CV\"\")\",'+7 701\r\n"
        + "'-5,'@SUM(A1)\r\n'\tВерхний,\"'\r=1\"\r\nӘ-1=2,-76.8\r\n");
    assertThat(parse(text).get(0).raw()).containsExactly("'=1+1", "-5");
  }
}
