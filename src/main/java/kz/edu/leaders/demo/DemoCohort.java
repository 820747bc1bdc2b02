package kz.edu.leaders.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.cohort.CohortSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cohort taking applications today, so the demo (and a fresh local run) can apply at once:
 * applications for another month, then screening, a two-week test window and the ranking.
 */
@Component
@ConditionalOnProperty(name = "leaders.demo.cohort", havingValue = "true")
public class DemoCohort {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCohort.class);

  private final CohortService cohorts;
  private final Clock clock;

  public DemoCohort(CohortService cohorts, Clock clock) {
    this.cohorts = cohorts;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void seed() {
    LocalDate today = LocalDate.now(clock);
    if (cohorts.openOn(today).isPresent() || cohorts.all().stream().anyMatch(c -> c.getYear() == today.getYear())) {
      return;
    }
    CohortSpec spec = openingAround(today);
    cohorts.create(spec);
    LOG.info("Demo cohort {}: applications {} – {}, test window {} – {}", spec.year(), spec.applicationsOpen(),
        spec.applicationsClose(), spec.testWindowStart(), spec.testWindowEnd());
  }

  /** A cohort of this year taking applications on that day (it opened a month ago, or on 1 January). */
  public static CohortSpec openingAround(LocalDate today) {
    LocalDate open = today.minusDays(30).getYear() == today.getYear() ? today.minusDays(30) : today.withDayOfYear(1);
    LocalDate close = today.plusDays(30);
    LocalDate screening = close.plusDays(14);
    LocalDate testStart = screening.plusDays(1);
    LocalDate testEnd = testStart.plusDays(14);
    return new CohortSpec(today.getYear(), open, close, screening, testStart, testEnd, testEnd.plusDays(3),
        CohortSpec.DEFAULT_CAPACITY, CohortSpec.DEFAULT_RESUBMISSION_DAYS, Map.of("TURKISTAN", 40));
  }
}
