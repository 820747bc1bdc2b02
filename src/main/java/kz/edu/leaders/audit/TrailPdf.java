package kz.edu.leaders.audit;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import kz.edu.leaders.config.BundledFont;
import org.springframework.stereotype.Component;

/**
 * The trail as a PDF for the file, told as the page tells it ({@link TrailStory}): a part per chapter,
 * Astana time, the engine's bookkeeping in grey beneath each part so that the file is complete. A
 * landscape table in DejaVu Sans, which has every Kazakh letter.
 */
@Component
class TrailPdf {

  private static final float[] COLUMN_WIDTHS = {12, 12, 16, 16, 44};
  private static final Color BOOKKEEPING = new Color(0x55, 0x55, 0x55);

  private final BaseFont baseFont;
  private final TrailStory story;

  TrailPdf(BundledFont font, TrailStory story) {
    this.baseFont = font.baseFont();
    this.story = story;
  }

  byte[] render(AuditController.Candidate candidate, List<TrailEvent> events, String auditor) {
    Font title = new Font(baseFont, 14, Font.BOLD);
    Font chapter = new Font(baseFont, 10, Font.BOLD);
    Font small = new Font(baseFont, 7);
    Font grey = new Font(baseFont, 6, Font.NORMAL, BOOKKEEPING);
    Font header = new Font(baseFont, 7, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(candidate.applicationNumber() + " — аудит / аудит", title));
    document.add(new Paragraph(candidate.region() + " · " + candidate.cohortYear() + " · " + candidate.status()
        + " · ЖСН / ИИН " + candidate.iin() + " · " + auditor + " · Уақыт — Астана / Время — Астана (UTC+5)", small));
    for (TrailStory.Part part : story.of(events)) {
      Paragraph heading = new Paragraph(part.title() + "   " + part.from() + " — " + part.to(), chapter);
      heading.setSpacingBefore(10);
      document.add(heading);
      PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
      table.setWidthPercentage(100);
      table.setSpacingBefore(4);
      table.setHeaderRows(1);
      for (String column : List.of("Уақыт / Время", "Оқиға / Событие", "Қадам / Шаг", "Кім / Кто", "Не / Что")) {
        table.addCell(new PdfPCell(new Phrase(column, header)));
      }
      part.lines().forEach(line -> addRow(table, line, small));
      part.technical().forEach(line -> addRow(table, line, grey));
      document.add(table);
    }
    document.close();
    return out.toByteArray();
  }

  private static void addRow(PdfPTable table, TrailStory.Line line, Font font) {
    String what = line.anyValues() ? String.join("\n", line.values()) : orEmpty(line.detail());
    for (String value : List.of(line.at(), line.kind(), orEmpty(line.step()), orEmpty(line.who()), what)) {
      PdfPCell cell = new PdfPCell(new Phrase(value, font));
      cell.setVerticalAlignment(Element.ALIGN_TOP);
      table.addCell(cell);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
