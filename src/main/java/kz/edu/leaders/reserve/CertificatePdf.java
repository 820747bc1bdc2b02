package kz.edu.leaders.reserve;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    PdfWriter.getInstance(document, out);
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
    Image qr = qrCode(verifyUrl);
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

  private static Image qrCode(String url) {
    try {
      var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 400, 400,
          Map.of(EncodeHintType.MARGIN, 2));
      return Image.getInstance(MatrixToImageWriter.toBufferedImage(matrix), null);
    } catch (WriterException e) {
      throw new IllegalStateException("No QR code for " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
