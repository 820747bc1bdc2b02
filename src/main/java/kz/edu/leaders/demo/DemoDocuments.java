package kz.edu.leaders.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import kz.edu.leaders.document.DocumentKind;

/** Small stand-in scans for the demo candidates: a one-page PDF or a PNG naming the document. */
final class DemoDocuments {

  private DemoDocuments() {
  }

  /** A one-page PDF with one line of (ASCII) text, offsets computed so that readers need no repair. */
  static byte[] pdf(String line) {
    String text = line.replaceAll("[^A-Za-z0-9 .,:-]", "");
    String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A small PNG with one line of text. */
  static byte[] png(String line) {
    BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
      graphics.setColor(Color.DARK_GRAY);
      graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
      graphics.drawString(line.replaceAll("[^A-Za-z0-9 .,:-]", ""), 20, 64);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The identity document as a photo, everything else as a PDF, as most candidates send them. */
  static byte[] of(DocumentKind kind, String applicationNumber) {
    String line = "Demo " + kind.slug() + " " + applicationNumber;
    return kind == DocumentKind.IDENTITY_DOCUMENT ? png(line) : pdf(line);
  }

  static String fileName(DocumentKind kind) {
    return kind.slug() + (kind == DocumentKind.IDENTITY_DOCUMENT ? ".png" : ".pdf");
  }
}
