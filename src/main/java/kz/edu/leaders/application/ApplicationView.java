package kz.edu.leaders.application;

import kz.edu.leaders.region.Region;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An application as the API shows it; names and contacts are left out for callers who may not see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
    String applicationNumber,
    int cohortYear,
    ApplicationStatus status,
    Region region,
    String iin,
    String lastName,
    String firstName,
    String middleName,
    Post currentPost,
    OrganisationType organisationType,
    String organisationName,
    Integer yearsOfExperience,
    String email,
    String phone,
    String preferredLanguage,
    Instant submittedAt) {

  public static ApplicationView of(Application a, boolean withPersonalData) {
    if (!withPersonalData) {
      return new ApplicationView(a.getApplicationNumber(), a.getCohortYear(), a.getStatus(), a.getRegion(),
          a.getMaskedIin(), null, null, null, a.getCurrentPost(), a.getOrganisationType(), null, null, null, null,
          a.getPreferredLanguage(), a.getSubmittedAt());
    }
    PersonName name = a.getName();
    return new ApplicationView(a.getApplicationNumber(), a.getCohortYear(), a.getStatus(), a.getRegion(),
        a.getIin(), name.lastName(), name.firstName(), name.middleName(), a.getCurrentPost(),
        a.getOrganisationType(), a.getOrganisationName(), a.getYearsOfExperience(), a.getEmail(), a.getPhone(),
        a.getPreferredLanguage(), a.getSubmittedAt());
  }
}
