package kz.edu.leaders.assessment;

import java.time.Clock;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.deployment.TimerText;
import kz.edu.leaders.region.DueDate;
import org.springframework.stereotype.Component;

/**
 * How long the candidate has for the reflective report and when each review is due
 * ({@code ${finalAssessmentCalendar...}}).
 */
@Component("finalAssessmentCalendar")
public class FinalAssessmentCalendar {

  private final FinalAssessmentSettings settings;
  private final Clock clock;

  public FinalAssessmentCalendar(FinalAssessmentSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** ISO 8601 duration from the start of the final assessment; past it the candidate is withdrawn. */
  @ModelFunction
  public String reportDeadline() {
    return TimerText.of(settings.reportDeadline());
  }

  /** An expert review's due date: now plus leaders.final-assessment.expert-review-time. */
  @ModelFunction
  public Date expertReviewDue() {
    return DueDate.in(settings.expertReviewTime(), clock);
  }

  /** The arbitration review's due date: now plus leaders.final-assessment.arbitration-time. */
  @ModelFunction
  public Date arbitrationDue() {
    return DueDate.in(settings.arbitrationTime(), clock);
  }

  /** The external review's due date: now plus leaders.final-assessment.external-review-time. */
  @ModelFunction
  public Date externalReviewDue() {
    return DueDate.in(settings.externalReviewTime(), clock);
  }
}
