package kz.edu.leaders.assessment;

import kz.edu.leaders.config.FreeText;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's reflective report, sent by the portal. */
@RestController
public class FinalReportController {

  private final BlindReviews reviews;

  public FinalReportController(BlindReviews reviews) {
    this.reviews = reviews;
  }

  public record Report(@FreeText String report) {
  }

  public record Receipt(String applicationNumber, Instant submittedAt) {
  }

  @PostMapping("/api/applications/{number}/final-report")
  @ResponseStatus(HttpStatus.CREATED)
  public Receipt submit(@PathVariable String number, @RequestBody Report report) {
    return new Receipt(number, reviews.submit(number, report.report()).getSubmittedAt());
  }
}
