package kz.edu.leaders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import kz.edu.leaders.document.DocumentKind;
import org.junit.jupiter.api.Test;

/** The demo candidates' stand-in scans are what the document service takes: a real PDF and a real PNG. */
class DemoDocumentsTest {

  @Test
  void theIdentityDocumentIsAPngAndTheOthersArePdfs() throws Exception {
    byte[] photo = DemoDocuments.of(DocumentKind.IDENTITY_DOCUMENT, "2026-TUR-00001");
    assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(480);
    assertThat(DemoDocuments.fileName(DocumentKind.IDENTITY_DOCUMENT)).isEqualTo("identity-document.png");

    String pdf = new String(DemoDocuments.of(DocumentKind.DIPLOMA, "2026-TUR-00001"), StandardCharsets.US_ASCII);
    assertThat(pdf).startsWith("%PDF-1.4").contains("(Demo diploma 2026-TUR-00001) Tj").endsWith("%%EOF\n");
    // the cross-reference table points at each object
    int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")).trim());
    assertThat(pdf.substring(xref)).startsWith("xref");
    String third = pdf.substring(xref).split("\n")[5].substring(0, 10);
    assertThat(pdf.substring(Integer.parseInt(third))).startsWith("3 0 obj");
  }
}
