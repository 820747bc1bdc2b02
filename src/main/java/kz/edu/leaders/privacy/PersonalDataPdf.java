package kz.edu.leaders.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.edu.leaders.application.ApplicationView;
import kz.edu.leaders.config.BundledFont;
import org.springframework.stereotype.Component;

/** The candidate's export as a PDF to keep: one table per part, in DejaVu Sans (every Kazakh letter). */
@Component
class PersonalDataPdf {

  private final BaseFont baseFont;

  PersonalDataPdf(BundledFont font) {
    this.baseFont = font.baseFont();
  }

  byte[] render(PersonalDataExport.Export export) {
    ApplicationView a = export.application();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 32, 32, 32, 32);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(a.applicationNumber() + " — жеке деректер / персональные данные",
        new Font(baseFont, 14, Font.BOLD)));
    document.add(new Paragraph("Жасалды / Сформировано: " + export.generatedAt(), new Font(baseFont, 8)));
    section(document, "Өтінім / Заявка", List.of("", ""), List.of(
        List.of("ЖСН / ИИН", a.iin()),
        List.of("Аты-жөні / ФИО", String.join(" ", a.lastName(), a.firstName(), Objects.toString(a.middleName(), ""))),
        List.of("Өңір / Регион", a.region().displayName()),
        List.of("Лауазымы / Должность", a.currentPost().label()),
        List.of("Ұйым / Организация", a.organisationType().label() + ", " + a.organisationName()),
        List.of("Өтілі / Стаж", String.valueOf(a.yearsOfExperience())), List.of("E-mail", a.email()),
        List.of("Телефон", a.phone()), List.of("Тіл / Язык", a.preferredLanguage()),
        List.of("Когорта", String.valueOf(a.cohortYear())), List.of("Күйі / Статус", a.status().name()),
        List.of("Берілді / Подана", String.valueOf(a.submittedAt()))));
    section(document, "Құжаттар / Документы (мазмұны JSON-да / содержимое в JSON)",
        List.of("Түрі / Вид", "Файл", "Көлемі / Размер", "SHA-256", "Жүктелді / Загружен"),
        export.documents().stream().map(d -> List.of(d.kind() + " v" + d.version(), d.fileName(),
            d.sizeBytes() + " B", d.sha256(), String.valueOf(d.uploadedAt()))).toList());
    section(document, "Шешімдер / Решения", List.of("Уақыт / Время (UTC)", "Кезең / Этап", "Нәтиже / Итог", "Балл",
        "Себебі / Причина"), export.decisions().stream().map(d -> List.of(String.valueOf(d.decidedAt()), d.stage().name(),
            d.outcome().stored(), Objects.toString(d.score(), ""), Objects.toString(d.reason(), ""))).toList());
    section(document, "Хаттар / Письма", List.of("Уақыт / Время (UTC)", "Тақырып / Тема", "Кімге / Кому", "Күйі / Статус"),
        export.mails().stream().map(m -> List.of(String.valueOf(m.createdAt()), m.subject(), m.recipient(),
            m.status())).toList());
    document.close();
    return out.toByteArray();
  }

  private void section(Document document, String title, List<String> header, List<List<String>> rows) {
    document.add(new Paragraph(title, new Font(baseFont, 11, Font.BOLD)));
    Font small = new Font(baseFont, 8);
    PdfPTable table = new PdfPTable(header.size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    List<List<String>> all = new ArrayList<>();
    if (!header.stream().allMatch(String::isEmpty)) {
      all.add(header);
      table.setHeaderRows(1);
    }
    all.addAll(rows);
    for (List<String> row : all) {
      for (String cell : row) {
        table.addCell(new PdfPCell(new Phrase(Objects.toString(cell, ""), small)));
      }
    }
    document.add(table);
  }
}
