package kz.edu.leaders.reserve;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.WholeDownload;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The reserve certificate as its holder and anyone checking it would see it: the PDF and the public page. */
@IntegrationTest
class ReserveCertificateTest {

  @Autowired
  TestJourneys journeys;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  Reserve reserve;
  @Autowired
  TestRestTemplate http;
  @Value("${leaders.public-url}")
  String publicUrl;

  @Test
  void theCertificateSpeaksKazakhAndRussianAndItsQrCodeOpensTheVerificationPage() throws Exception {
    Application reservist = reservist();
    ReserveMembership membership = reserve.of(reservist.getId());

    var response = http.withBasicAuth("portal", "demo").getForEntity(
        "/api/applications/" + reservist.getApplicationNumber() + "/certificate", byte[].class);
    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      Assertions.assertThat(text).contains("СЕРТИФИКАТ", "№ " + membership.getCertificateNumber(), "Есімов Нұрлан",
          "республикалық кадрлық резервіне қабылданды", "зачислен(а) в республиканский кадровый резерв",
          "ӨЗГЕРІСТЕРДІҢ 1000 КӨШБАСШЫСЫ", membership.getExpiresOn().toString());
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
      String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(page)))).getText();
      Assertions.assertThat(qr).isEqualTo(publicUrl + "/verify/" + membership.getCertificateNumber());
    }

    Assertions.assertThat(http.withBasicAuth("trainer", "demo").getForEntity(
        "/api/applications/" + reservist.getApplicationNumber() + "/certificate", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Application notInReserve = applicationService.submit(TestApplications.valid(Region.ALMATY));
    ResponseEntity<String> notCertified = http.withBasicAuth("portal", "demo").getForEntity(
        "/api/applications/" + notInReserve.getApplicationNumber() + "/certificate", String.class);
    Assertions.assertThat(notCertified.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(notCertified.getBody()).contains("Кандидата по заявке " + notInReserve.getApplicationNumber()
        + " нет в кадровом резерве");
  }

  @Test
  @SuppressWarnings("unchecked")
  void manyDownloadsAtTheSameMomentAllGetTheCertificate() throws Exception {
    Application reservist = reservist();
    String path = "/api/applications/" + reservist.getApplicationNumber() + "/certificate";
    Callable<ResponseEntity<byte[]>> download = () -> http.withBasicAuth("portal", "demo").getForEntity(path, byte[].class);

    List<ResponseEntity<byte[]>> downloads = AtOnce.run(Collections.nCopies(12, download).toArray(Callable[]::new));

    Assertions.assertThat(downloads).allSatisfy(response -> {
      try (PDDocument pdf = Loader.loadPDF(WholeDownload.of(response))) {
        Assertions.assertThat(new PDFTextStripper().getText(pdf)).contains("СЕРТИФИКАТ");
      }
    });
  }

  @Test
  void theVerificationPageShowsValidOrNoLongerValidWithTheNamePartlyMaskedAndNothingForUnknownNumbers() {
    Application reservist = reservist();
    String number = reserve.of(reservist.getId()).getCertificateNumber();

    var valid = http.getForEntity("/verify/" + number.toLowerCase(), String.class);
    Assertions.assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(valid.getBody()).contains("Жарамды / Действителен", number, "Е*** Н.")
        .doesNotContain("Есімов", reservist.getIin(), reservist.getApplicationNumber(), reservist.getEmail());

    var unknown = http.getForEntity("/verify/LC-2026-ZZZZZZZZ", String.class);
    var malformed = http.getForEntity("/verify/<script>", String.class);
    Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Assertions.assertThat(unknown.getBody()).contains("Табылмады / Не найдено");
    Assertions.assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Assertions.assertThat(malformed.getBody()).as("no hint about which numbers exist").isEqualTo(unknown.getBody());

    // without a number the page asks for one; the typed number is checked as the QR code's would be
    var empty = http.getForEntity("/verify", String.class);
    Assertions.assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(empty.getBody()).contains("name=\"number\"").doesNotContain("Табылмады");
    Assertions.assertThat(http.getForEntity("/verify?number= " + number.toLowerCase(), String.class).getBody())
        .contains("Жарамды / Действителен", number);

    applicationService.withdraw(reservist.getApplicationNumber(), false, null, "portal");
    journeys.runJobs(reservist, "Task_RecordRequestedWithdrawal");
    Assertions.assertThat(http.getForEntity("/verify/" + number, String.class).getBody())
        .contains("Жарамсыз / Недействителен").doesNotContain("Жарамды / Действителен");
  }

  @Test
  void anExpiredMembershipShowsAsExpired() {
    Application reservist = reservist();
    reserve.expire(reservist.getId());
    Assertions.assertThat(http.getForEntity("/verify/" + reserve.of(reservist.getId()).getCertificateNumber(),
        String.class).getBody()).contains("Мерзімі өткен / Срок истёк");
  }

  private Application reservist() {
    Application application = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Task_EnrolInReserve");
    journeys.runJobs(application, "Task_EnrolInReserve");
    return application;
  }
}
