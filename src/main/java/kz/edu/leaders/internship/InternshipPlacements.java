package kz.edu.leaders.internship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.placement.Placements;
import org.springframework.stereotype.Service;

/**
 * Internship places ({@link Placements}): periods that have not begun with a place left, earliest
 * first. A period under way or over can no longer be chosen, and keeps its place when the candidate
 * leaves (another candidate could not take it any more).
 */
@Service
public class InternshipPlacements extends Placements<InternshipPeriod, InternshipPlacement> {

  static final String PERIOD_FIELD = "periodId";

  private final InternshipPeriodRepository periods;
  private final ApplicationRepository applications;

  public InternshipPlacements(InternshipPeriodRepository periods, InternshipPlacementRepository placements,
      ApplicationRepository applications, Clock clock) {
    super(periods, placements, applications, clock,
        new Wording(PERIOD_FIELD, "тағылымдама кезеңі", "период стажировки"));
    this.periods = periods;
    this.applications = applications;
  }

  @Override
  protected List<InternshipPeriod> open() {
    return periods.openFrom(today());
  }

  @Override
  protected Comparator<InternshipPeriod> proposalOrder() {
    return Comparator.comparing(InternshipPeriod::getStartsOn).thenComparing(InternshipPeriod::getId);
  }

  @Override
  protected void refuseIfClosed(InternshipPeriod period) {
    if (hasBegun(period)) {
      throw refused("Бұл кезең " + period.getStartsOn() + " басталып кетті; әлі басталмаған кезеңді таңдаңыз / "
          + "Этот период начался " + period.getStartsOn() + "; выберите период, который ещё не начался");
    }
  }

  @Override
  protected InternshipPlacement newPlacement(long applicationId, InternshipPeriod period, boolean proposed,
      String overrideReason, String chosenBy, Instant at) {
    return new InternshipPlacement(applicationId, period.getId(), proposed, overrideReason, chosenBy, at);
  }

  @Override
  protected void placed(long applicationId) {
    applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.INTERNSHIP);
  }

  @Override
  protected boolean givenBackOnRelease(InternshipPeriod period) {
    return !hasBegun(period);
  }

  private boolean hasBegun(InternshipPeriod period) {
    return period.getStartsOn().isBefore(today());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
