package kz.edu.leaders.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Make-up test sittings. A candidate reinstated at screening once the test window had opened lost all
 * or part of it through no fault of their own: they sit the test until a later day, the import takes
 * results dated from their reinstatement to that day, and they are a no-show only when it closes.
 */
@Service
public class MakeUpSittings {

  private final MakeUpSittingRepository sittings;
  private final CohortService cohorts;
  private final ApplicationRepository applications;
  private final RankingService ranking;
  private final Clock clock;

  MakeUpSittings(MakeUpSittingRepository sittings, CohortService cohorts, ApplicationRepository applications,
      RankingService ranking, Clock clock) {
    this.sittings = sittings;
    this.cohorts = cohorts;
    this.applications = applications;
    this.ranking = ranking;
    this.clock = clock;
  }

  /**
   * A sitting from today for {@code time} (never closing before the window does), once the window has
   * opened; empty while it is still ahead, as the candidate then sits in it like everyone else.
   */
  @Transactional
  public Optional<MakeUpSitting> grantIfWindowOpened(Application application, Duration time, String grantedFor) {
    Cohort cohort = cohorts.find(application.getCohortYear());
    LocalDate today = LocalDate.now(clock);
    if (today.isBefore(cohort.getTestWindowStart())) {
      return Optional.empty();
    }
    LocalDate sitBy = today.plusDays(time.toDays());
    if (sitBy.isBefore(cohort.getTestWindowEnd())) {
      sitBy = cohort.getTestWindowEnd();
    }
    return Optional.of(sittings.save(new MakeUpSitting(application.getId(), today, sitBy, grantedFor, clock.instant())));
  }

  /** Whether the candidate's make-up sitting takes a result dated that day. */
  boolean covers(Application application, LocalDate takenOn) {
    return sittings.findById(application.getId()).map(sitting -> sitting.covers(takenOn)).orElse(false);
  }

  /** The sitting closed: a candidate still without a result is withdrawn as a no-show; true if so. */
  @Transactional
  public boolean close(long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    if (application.getStatus() != ApplicationStatus.DOCUMENTS_ACCEPTED) {
      return false;
    }
    ranking.withdrawNoShow(application);
    return true;
  }
}
