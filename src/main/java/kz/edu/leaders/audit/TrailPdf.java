package kz.edu.leaders.audit;

import java.io.ByteArrayOutputStream;
import java.util.List;
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
import kz.edu.leaders.config.BundledFont;
import org.springframework.stereotype.Component;

/** The trail as a PDF for the file: a landscape table in DejaVu Sans, which has every Kazakh letter. */
@Component
class TrailPdf {

  private static final float[] COLUMN_WIDTHS = {14, 11, 11, 14, 10, 40};

  private final BaseFont baseFont;

  TrailPdf(BundledFont font) {
    this.baseFont = font.baseFont();
  }

  byte[] render(AuditController.Candidate candidate, List<TrailEvent> events, String auditor) {
    Font title = new Font(baseFont, 14, Font.BOLD);
    Font small = new Font(baseFont, 7);
    Font header = new Font(baseFont, 7, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(candidate.applicationNumber() + " — аудит / аудит", title));
    document.add(new Paragraph(candidate.region() + " · " + candidate.cohortYear() + " · " + candidate.status()
        + " · ЖСН / ИИН " + candidate.iin() + " · " + auditor, small));
    PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    for (String column : List.of("Уақыт / Время (UTC)", "Оқиға / Событие", "Процесс", "Қадам / Шаг", "Кім / Кто",
        "Толығырақ / Подробно")) {
      table.addCell(new PdfPCell(new Phrase(column, header)));
    }
    for (TrailEvent event : events) {
      for (String value : List.of(event.at().toString(), event.kind().name(), orEmpty(event.process()),
          orEmpty(event.activityId()), orEmpty(event.who()), orEmpty(event.detail()))) {
        PdfPCell cell = new PdfPCell(new Phrase(value, small));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
      }
    }
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
