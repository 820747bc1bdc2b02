package kz.edu.leaders.config;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** DejaVu Sans, bundled with the application: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) prints in every PDF. */
@Component
public class BundledFont {

  private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

  private final BaseFont baseFont;

  public BundledFont() {
    try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
      baseFont = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled font " + FONT + " is missing", e);
    }
  }

  public BaseFont baseFont() {
    return baseFont;
  }
}
