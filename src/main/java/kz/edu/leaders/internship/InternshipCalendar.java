package kz.edu.leaders.internship;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.deployment.TimerText;
import kz.edu.leaders.region.DueDate;
import kz.edu.leaders.region.ProgrammeClock;
import org.springframework.stereotype.Component;

/** When an internship ends and how long each of its steps may take ({@code ${internshipCalendar...}}). */
@Component("internshipCalendar")
public class InternshipCalendar {

  /** An internship ends at the close of its last school day, Astana time. */
  static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(18, 0);

  private final Duration stepDeadline;
  private final Duration placementTime;
  private final Clock clock;

  public InternshipCalendar(InternshipSettings settings, Clock clock) {
    this.stepDeadline = settings.stepDeadline();
    this.placementTime = settings.placementTime();
    this.clock = clock;
  }

  /** The internship period's timer: the evening of its last day. */
  @ModelFunction
  public Date periodEnd(String endsOn) {
    return Date.from(LocalDate.parse(endsOn).atTime(END_OF_SCHOOL_DAY).atZone(ProgrammeClock.ZONE)
        .toInstant());
  }

  /** ISO 8601 duration each step may take (report, evaluation, sign-off) before the coordinators hear of it. */
  @ModelFunction
  public String stepDeadline() {
    return TimerText.of(stepDeadline);
  }

  /** A step's due date, shown in Tasklist: now plus the step deadline. */
  @ModelFunction
  public Date stepDue() {
    return DueDate.in(stepDeadline, clock);
  }

  /** The placement's due date: now plus leaders.internship.placement-time. */
  @ModelFunction
  public Date placementDue() {
    return DueDate.in(placementTime, clock);
  }
}
