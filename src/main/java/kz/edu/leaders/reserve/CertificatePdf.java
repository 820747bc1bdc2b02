package kz.edu.leaders.reserve;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import kz.edu.leaders.config.BundledFont;
import org.springframework.stereotype.Component;

/**
 * The reserve certificate: one A4 page in Kazakh and Russian (DejaVu Sans, bundled), with its number
 * and a QR code that opens the public verification page.
 */
@Component
class CertificatePdf {

  private static final Color INK = new Color(0x1f, 0x3a, 0x5f);

  private final BaseFont baseFont;

  CertificatePdf(BundledFont font) {
    this.baseFont = font.baseFont();
  }

  byte[] render(ReserveMembership membership, String holderName, String verifyUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 64, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    line(document, "«БІЛІМ БЕРУДЕГІ ӨЗГЕРІСТЕРДІҢ 1000 КӨШБАСШЫСЫ»", 13, Font.BOLD, 0);
    line(document, "«1000 ЛИДЕРОВ ИЗМЕНЕНИЙ В ОБРАЗОВАНИИ»", 13, Font.BOLD, 0);
    line(document, "СЕРТИФИКАТ", 30, Font.BOLD, 36);
    line(document, "№ " + membership.getCertificateNumber(), 16, Font.NORMAL, 6);
    line(document, holderName, 20, Font.BOLD, 30);
    line(document, "«Білім берудегі өзгерістердің 1000 көшбасшысы» бағдарламасының барлық кезеңінен сәтті өтіп, "
        + "білім беру ұйымдары басшыларының республикалық кадрлық резервіне қабылданды.", 12, Font.NORMAL, 18);
    line(document, "Успешно прошёл(ла) все этапы программы «1000 лидеров изменений в образовании» и зачислен(а) "
        + "в республиканский кадровый резерв руководителей организаций образования.", 12, Font.NORMAL, 10);
    line(document, "Берілген күні / Дата выдачи: " + membership.getEnrolledOn(), 11, Font.NORMAL, 24);
    line(document, "Мерзімі / Срок действия до: " + membership.getExpiresOn(), 11, Font.NORMAL, 2);
    Image qr = qrCode(writer, verifyUrl);
    qr.setAlignment(Element.ALIGN_CENTER);
    qr.scaleAbsolute(150, 150);
    document.add(qr);
    line(document, "Түпнұсқалығын тексеру / Проверка подлинности: " + verifyUrl, 9, Font.NORMAL, 4);
    document.close();
    return out.toByteArray();
  }

  private void line(Document document, String text, float size, int style, float spaceBefore) {
    Paragraph paragraph = new Paragraph(text, new Font(baseFont, size, style, INK));
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingBefore(spaceBefore);
    document.add(paragraph);
  }

  /**
   * The QR code drawn as filled squares in the PDF itself, sharp at any size. Not through a
   * java.awt image: OpenPDF's {@code Image.getInstance(java.awt.Image, …)} reaches the JDK's lazily
   * initialised colour and imaging state, which the first concurrent downloads after a start broke
   * with a ClassCastException.
   */
  private static Image qrCode(PdfWriter writer, String url) {
    BitMatrix modules;
    try {
      // size 0: one unit per module, plus the margin
      modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
    } catch (WriterException e) {
      throw new IllegalStateException("No QR code for " + url, e);
    }
    int size = modules.getWidth();
    PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        // one rectangle per run of dark modules: no seams between neighbours when a viewer smooths edges
        int runStart = x;
        while (x < size && modules.get(x, y)) {
          x++;
        }
        template.rectangle(runStart, size - 1 - y, x - runStart, 1);
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException("No QR code for " + url, e);
    }
  }
}
