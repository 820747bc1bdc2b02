package kz.edu.leaders.privacy;

import kz.edu.leaders.config.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's rights over their data: the export of everything held about them, fetched by the
 * portal on their behalf (or by an administrator answering a request on paper), and the correction of
 * a field by an administrator. SecurityConfig lets no one else in.
 */
@RestController
public class PersonalDataController {

  private final PersonalDataExport export;
  private final PersonalDataPdf pdf;
  private final DataCorrections corrections;

  public PersonalDataController(PersonalDataExport export, PersonalDataPdf pdf, DataCorrections corrections) {
    this.export = export;
    this.pdf = pdf;
    this.corrections = corrections;
  }

  @GetMapping("/api/applications/{number}/personal-data")
  public PersonalDataExport.Export json(@PathVariable String number) {
    return export.of(number);
  }

  @GetMapping("/api/applications/{number}/personal-data.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String number) {
    return Download.attachment(number + "-personal-data.pdf", MediaType.APPLICATION_PDF,
        pdf.render(export.of(number)));
  }

  /** An administrator answers the candidate's correction request (SecurityConfig: administrators only). */
  @PostMapping("/api/applications/{number}/corrections")
  public DataCorrection correct(@PathVariable String number, @RequestBody(required = false) DataCorrections.Request request,
      Authentication administrator) {
    return corrections.correct(number, request, administrator.getName());
  }
}
