package kz.edu.leaders.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.document.CandidateDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Turkistan candidate past the eligibility check, with a diploma uploaded and a blind review on
 * record, asks the portal for everything held about them: the JSON and the PDF read back.
 */
@IntegrationTest
class PersonalDataExportTest {

  private static final byte[] DIPLOMA = "%PDF-1.4\n% diploma\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired
  ApplicationService applications;
  @Autowired
  TestJourneys journeys;
  @Autowired
  CandidateDocuments documents;
  @Autowired
  StageResultRepository results;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;

  @Test
  void theCandidateGetsTheirApplicationDocumentsDecisionsAndMailsButNoReviewersName() throws Exception {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(candidate, "Task_CheckEligibility");
    documents.upload(candidate.getApplicationNumber(), "diploma", "diploma.pdf", DIPLOMA, "portal");
    results.save(new StageResult(candidate.getId(), Stage.FINAL_ASSESSMENT, Outcome.AGREED,
        "expert.one: 80, expert.two: 76, gap 4", "system", Instant.now()).byRule("review-gap", 1, 78));
    String path = "/api/applications/" + candidate.getApplicationNumber() + "/personal-data";

    ResponseEntity<String> response = http.withBasicAuth("portal", "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode export = json.readTree(response.getBody());
    assertThat(export.at("/application/iin").asText()).isEqualTo(candidate.getIin());
    assertThat(export.at("/application/lastName").asText()).isEqualTo(candidate.getName().lastName());
    assertThat(export.at("/application/email").asText()).isEqualTo(candidate.getEmail());
    assertThat(export.at("/application/phone").asText()).isEqualTo(candidate.getPhone());
    assertThat(export.at("/documents/0/fileName").asText()).isEqualTo("diploma.pdf");
    assertThat(Base64.getDecoder().decode(export.at("/documents/0/content").asText())).isEqualTo(DIPLOMA);
    assertThat(export.at("/decisions/0/stage").asText()).isEqualTo(Stage.ELIGIBILITY.name());
    assertThat(export.at("/decisions/0/outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(export.at("/decisions/1/score").asInt()).isEqualTo(78);
    assertThat(export.at("/mails").isArray()).isTrue();
    // blind reviews stay blind: no reviewer's name, no decider, in what the candidate keeps
    assertThat(response.getBody()).doesNotContain("expert.one", "decidedBy");

    ResponseEntity<byte[]> pdf = http.withBasicAuth("portal", "demo").getForEntity(path + ".pdf", byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains(candidate.getApplicationNumber(), candidate.getIin(), candidate.getName().lastName(),
          "diploma.pdf", "ELIGIBLE", "Шешімдер / Решения").doesNotContain("expert.one");
    }
    assertThat(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
