package kz.edu.leaders.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.training.CoordinatorChoice;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes internship places (periods not yet begun with a place left, the candidate's region first,
 * never at the school the candidate works at) and records the coordinator's choice, which takes a
 * place only if one is left, even when two coordinators choose the same period at once.
 */
@Service
public class InternshipPlacements {

  static final int PROPOSALS = 5;
  static final String PERIOD_FIELD = "periodId";

  private final InternshipPeriodRepository periods;
  private final InternshipPlacementRepository placements;
  private final ApplicationRepository applications;
  private final Clock clock;

  public InternshipPlacements(InternshipPeriodRepository periods, InternshipPlacementRepository placements,
      ApplicationRepository applications, Clock clock) {
    this.periods = periods;
    this.placements = placements;
    this.applications = applications;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<InternshipPeriod> propose(long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    return periods.openFrom(LocalDate.now(clock)).stream()
        .filter(period -> !period.getHostSchool().isEmployerOf(application.getOrganisationName()))
        .sorted(Comparator.comparing((InternshipPeriod p) -> p.getHostSchool().getRegion() != application.getRegion())
            .thenComparing(InternshipPeriod::getStartsOn).thenComparing(InternshipPeriod::getId))
        .limit(PROPOSALS).toList();
  }

  /** What the coordinator chooses from: the proposals, then every other period open to the candidate (an override). */
  public record Choices(List<InternshipPeriod> proposed, List<InternshipPeriod> others) {
  }

  @Transactional(readOnly = true)
  public Choices choices(long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    List<InternshipPeriod> proposed = propose(applicationId);
    List<InternshipPeriod> others = periods.openFrom(LocalDate.now(clock)).stream()
        .filter(period -> !period.getHostSchool().isEmployerOf(application.getOrganisationName())
            && proposed.stream().noneMatch(p -> p.getId().equals(period.getId())))
        .sorted(Comparator.comparing((InternshipPeriod p) -> p.getHostSchool().getRegion() != application.getRegion())
            .thenComparing(InternshipPeriod::getStartsOn).thenComparing(InternshipPeriod::getId))
        .toList();
    return new Choices(proposed, others);
  }

  /**
   * @param overrideReason required when the period is not among the proposals
   * @throws FormFieldValidationException naming the form field, when the choice cannot stand
   */
  @Transactional
  public InternshipPeriod place(long applicationId, Object periodId, String overrideReason, String coordinator) {
    TaskClaim.require(coordinator, PERIOD_FIELD);
    Application application = applications.findById(applicationId).orElseThrow();
    InternshipPeriod period = (periodId instanceof Number id ? periods.findById(id.longValue())
        : Optional.<InternshipPeriod>empty())
        .orElseThrow(() -> new FormFieldValidationException(PERIOD_FIELD, PERIOD_FIELD + ": no internship period "
            + periodId));
    HostSchool school = period.getHostSchool();
    if (school.isEmployerOf(application.getOrganisationName())) {
      throw new FormFieldValidationException(PERIOD_FIELD,
          PERIOD_FIELD + ": the candidate works at " + school.getName() + " (conflict of interest)");
    }
    if (period.getStartsOn().isBefore(LocalDate.now(clock))) {
      throw new FormFieldValidationException(PERIOD_FIELD,
          PERIOD_FIELD + ": the period began on " + period.getStartsOn() + "; choose one that has not begun");
    }
    boolean proposed = propose(applicationId).stream().anyMatch(p -> p.getId().equals(period.getId()));
    String reason = CoordinatorChoice.overrideReason(proposed, overrideReason, "host school");
    if (periods.takePlace(period.getId()) == 0) {
      throw new FormFieldValidationException(PERIOD_FIELD,
          PERIOD_FIELD + ": " + school.getName() + " has no place left in that period; choose another");
    }
    placements.save(new InternshipPlacement(applicationId, period.getId(), proposed, reason, coordinator,
        clock.instant()));
    // taking the place cleared the persistence context: change the application as loaded afresh
    applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.INTERNSHIP);
    return periods.findById(period.getId()).orElseThrow();
  }

  /**
   * The candidate left: their place is free again if the period has not begun, so that another
   * candidate can take it; a period under way or over keeps it used.
   */
  @Transactional
  public void release(long applicationId) {
    placements.findByApplicationId(applicationId).filter(p -> p.getReleasedAt() == null).ifPresent(placement -> {
      InternshipPeriod period = periods.findById(placement.getPeriodId()).orElseThrow();
      if (!period.getStartsOn().isBefore(LocalDate.now(clock))) {
        periods.releasePlace(period.getId());
      }
      placement.release(clock.instant());
    });
  }

  @Transactional(readOnly = true)
  public Optional<InternshipPlacement> of(long applicationId) {
    return placements.findByApplicationId(applicationId);
  }

  @Transactional(readOnly = true)
  public HostSchool hostSchoolOf(InternshipPlacement placement) {
    return periods.findById(placement.getPeriodId()).orElseThrow().getHostSchool();
  }
}
