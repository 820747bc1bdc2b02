package kz.edu.leaders.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.region.DueDate;
import kz.edu.leaders.region.ProgrammeClock;
import org.springframework.stereotype.Component;

/**
 * The cohort's dates as the engine's timers and due dates need them ({@code ${cohortCalendar...}} in
 * the models). A day ends at midnight in Astana, whatever the server's time zone.
 */
@Component("cohortCalendar")
public class CohortCalendar {

  /** Rankings are computed on the morning of the ranking date. */
  static final LocalTime RANKING_TIME = LocalTime.of(9, 0);

  private final CohortRepository cohorts;
  private final SelectionSettings settings;
  private final Clock clock;

  public CohortCalendar(CohortRepository cohorts, SelectionSettings settings, Clock clock) {
    this.cohorts = cohorts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Document screening tasks are due at the end of the cohort's screening deadline. */
  @ModelFunction
  public Date screeningDue(Integer year) {
    return endOf(cohort(year).getScreeningDeadline());
  }

  @ModelFunction
  public Date testWindowClosesAt(Integer year) {
    return endOf(cohort(year).getTestWindowEnd());
  }

  @ModelFunction
  public Date rankingAt(Integer year) {
    return Date.from(cohort(year).getRankingDate().atTime(RANKING_TIME).atZone(ProgrammeClock.ZONE).toInstant());
  }

  /** Confirming the cohort's ranking is due: now plus leaders.selection.ranking-confirmation-time. */
  @ModelFunction
  public Date rankingConfirmationDue() {
    return DueDate.in(settings.rankingConfirmationTime(), clock);
  }

  /** How long a candidate has to send missing documents, as an ISO 8601 duration (P7D). */
  @ModelFunction
  public String resubmissionWindow(Integer year) {
    return "P" + cohort(year).getResubmissionDays() + "D";
  }

  /** The end of that day in Astana (midnight after it). */
  public static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ProgrammeClock.ZONE).toInstant());
  }

  private Cohort cohort(Integer year) {
    return cohorts.findById(year).orElseThrow(() -> new IllegalStateException("No cohort " + year));
  }
}
