package kz.edu.leaders.assessment;

import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.deployment.TimerText;
import org.springframework.stereotype.Component;

/** How long the candidate has for the reflective report ({@code ${finalAssessmentCalendar...}}). */
@Component("finalAssessmentCalendar")
public class FinalAssessmentCalendar {

  private final FinalAssessmentSettings settings;

  public FinalAssessmentCalendar(FinalAssessmentSettings settings) {
    this.settings = settings;
  }

  /** ISO 8601 duration from the start of the final assessment; past it the candidate is withdrawn. */
  @ModelFunction
  public String reportDeadline() {
    return TimerText.of(settings.reportDeadline());
  }
}
