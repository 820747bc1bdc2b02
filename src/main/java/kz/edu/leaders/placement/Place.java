package kz.edu.leaders.placement;

import kz.edu.leaders.application.Application;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.staff.Organisations;

/** Something a coordinator places a candidate with, a limited number at a time: a mentor, an internship period. */
public interface Place {

  Long getId();

  /** Proposals come from the candidate's own region first. */
  Region region();

  /** Where the place belongs: the mentor's organisation, the host school. */
  String organisation();

  /** How a refusal names the place. */
  String label();

  /** The candidate works there too: placing them there would be a conflict of interest. */
  default boolean sharesOrganisationWith(Application candidate) {
    return Organisations.same(organisation(), candidate.getOrganisationName());
  }
}
