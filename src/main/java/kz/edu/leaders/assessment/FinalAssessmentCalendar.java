package kz.edu.leaders.assessment;

import java.time.Duration;
import kz.edu.leaders.deployment.ModelFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long the candidate has for the reflective report ({@code ${finalAssessmentCalendar...}}). */
@Component("finalAssessmentCalendar")
public class FinalAssessmentCalendar {

  private final String reportDeadline;

  public FinalAssessmentCalendar(@Value("${leaders.final-assessment.report-deadline:P30D}") String reportDeadline) {
    Duration.parse(reportDeadline);
    this.reportDeadline = reportDeadline;
  }

  /** ISO 8601 duration from the start of the final assessment; past it the candidate is withdrawn. */
  @ModelFunction
  public String reportDeadline() {
    return reportDeadline;
  }
}
