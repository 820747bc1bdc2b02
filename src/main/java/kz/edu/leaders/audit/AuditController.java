package kz.edu.leaders.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.Download;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.region.Region;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's trail (auditors and administrators only, see SecurityConfig). The IIN is masked
 * unless the auditor opens the record ({@code ?reveal=true}); every look is logged.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private final AuditService audit;
  private final TrailPdf pdf;

  public AuditController(AuditService audit, TrailPdf pdf) {
    this.audit = audit;
    this.pdf = pdf;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Candidate(String applicationNumber, int cohortYear, Region region, ApplicationStatus status,
      String iin, String fullName) {

    static Candidate of(Application a, boolean revealed) {
      return new Candidate(a.getApplicationNumber(), a.getCohortYear(), a.getRegion(), a.getStatus(),
          revealed ? a.getIin() : a.getMaskedIin(), revealed ? a.getName().fullName() : null);
    }
  }

  public record TrailView(Candidate candidate, List<TrailEvent> events) {
  }

  @GetMapping("/applications/{number}")
  public TrailView trail(@PathVariable String number, @RequestParam(defaultValue = "false") boolean reveal,
      Authentication auditor) {
    AuditService.Trail trail = audit.trail(number, auditor.getName(),
        reveal ? AuditAccess.Action.REVEAL : AuditAccess.Action.TRAIL);
    return new TrailView(Candidate.of(trail.application(), reveal), trail.events());
  }

  @GetMapping(path = "/applications/{number}/trail.csv", produces = "text/csv")
  public ResponseEntity<byte[]> csv(@PathVariable String number, Authentication auditor) {
    AuditService.Trail trail = audit.trail(number, auditor.getName(), AuditAccess.Action.EXPORT_CSV);
    String body = CsvTable.write(List.of("at", "kind", "process", "activityId", "activityName", "who", "detail",
        "chapter"), trail.events().stream().map(event -> Arrays.asList(event.at(), event.kind(), event.process(),
            event.activityId(), event.activityName(), event.who(), event.detail(), event.chapter())).toList());
    return Download.csv("trail-" + number + ".csv", body);
  }

  @GetMapping(path = "/applications/{number}/trail.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@PathVariable String number, Authentication auditor) {
    AuditService.Trail trail = audit.trail(number, auditor.getName(), AuditAccess.Action.EXPORT_PDF);
    return Download.attachment("trail-" + number + ".pdf", MediaType.APPLICATION_PDF,
        pdf.render(Candidate.of(trail.application(), false), trail.events(), auditor.getName()));
  }

  /** Search by number, IIN, cohort, region, status, stage and outcome; at most 200 candidates, IIN masked. */
  @GetMapping("/applications")
  public List<Candidate> search(@RequestParam(required = false) String number,
      @RequestParam(required = false) String iin, @RequestParam(required = false) Integer cohort,
      @RequestParam(required = false) Region region, @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) Stage stage, @RequestParam(required = false) String outcome,
      Authentication auditor) {
    // as the trail shows it (a correction by its field's name), so not Spring's by-name conversion
    Outcome recorded = outcome == null ? null : Outcome.parse(outcome).orElseThrow(() -> new FieldRefused("outcome",
        "Мұндай нәтиже жоқ; мыналардың бірін көрсетіңіз: " + Arrays.toString(Outcome.values())
            + " / Такого итога нет; укажите один из: " + Arrays.toString(Outcome.values())));
    return audit.search(new AuditService.Criteria(number, iin, cohort, region, status, stage, recorded),
        auditor.getName()).stream().map(a -> Candidate.of(a, false)).toList();
  }

  /** Who looked at this candidate's trail, and when. */
  @GetMapping("/applications/{number}/accesses")
  public List<AuditAccess> accesses(@PathVariable String number) {
    return audit.accessesTo(number);
  }
}
