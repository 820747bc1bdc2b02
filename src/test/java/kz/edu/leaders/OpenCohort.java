package kz.edu.leaders;

import java.time.LocalDate;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.demo.DemoCohort;
import kz.edu.leaders.region.ProgrammeClock;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every integration test may apply today: this year's cohort exists and takes applications. Created
 * inside the first test (not at start-up) so its process is part of a test, as coverage expects.
 */
public class OpenCohort implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    CohortService cohorts = SpringExtension.getApplicationContext(context).getBean(CohortService.class);
    LocalDate today = LocalDate.now(ProgrammeClock.ZONE);
    if (cohorts.all().stream().noneMatch(cohort -> cohort.getYear() == today.getYear())) {
      cohorts.create(DemoCohort.openingAround(today));
    }
  }
}
