package kz.edu.leaders.config;

import java.nio.charset.StandardCharsets;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.WholeDownload;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.region.Region;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every file the platform hands out is rendered whole before it is sent and carries its length and
 * SHA-256, so a download cut short by a crash is recognised as such by the client (the fault suite kills
 * a node mid-download and counts what the clients received).
 */
@IntegrationTest
class DownloadsAreWholeTest {

  @Autowired
  ApplicationService applications;
  @Autowired
  TestRestTemplate http;

  @Test
  void theTrailThePersonalDataExportAndTheReportsComeWithTheirLengthAndDigest() {
    Application candidate = applications.submit(TestApplications.valid(Region.ABAI));
    String number = candidate.getApplicationNumber();

    byte[] trailPdf = WholeDownload.of(http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications/" + number + "/trail.pdf", byte[].class));
    byte[] exportPdf = WholeDownload.of(http.withBasicAuth("portal", "demo")
        .getForEntity("/api/applications/" + number + "/personal-data.pdf", byte[].class));
    byte[] trailCsv = WholeDownload.of(http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/applications/" + number + "/trail.csv", byte[].class));
    byte[] funnelCsv = WholeDownload.of(http.withBasicAuth("process.owner", "demo")
        .getForEntity("/api/reports/funnel.csv", byte[].class));

    for (byte[] pdf : new byte[][] {trailPdf, exportPdf}) {
      String text = new String(pdf, StandardCharsets.ISO_8859_1);
      Assertions.assertThat(text).startsWith("%PDF-").endsWith("%%EOF\n");
    }
    Assertions.assertThat(new String(trailCsv, StandardCharsets.UTF_8)).startsWith("at,kind,process");
    Assertions.assertThat(new String(funnelCsv, StandardCharsets.UTF_8)).startsWith("cohort,step,");
  }
}
