package kz.edu.leaders.screening;

import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.deployment.ModelFunction;
import org.springframework.stereotype.Component;

/**
 * What the eligibility table reads about a candidate, for the inputs of the model's business rule task
 * ({@code ${eligibilityFacts.currentPost(applicationId)}}): the application stays in the database, the
 * journey carries only its id.
 */
@Component("eligibilityFacts")
public class EligibilityFacts {

  static final String CURRENT_POST = "currentPost";
  static final String ORGANISATION_TYPE = "organisationType";
  static final String YEARS_OF_EXPERIENCE = "yearsOfExperience";

  private final ApplicationRepository applications;

  public EligibilityFacts(ApplicationRepository applications) {
    this.applications = applications;
  }

  @ModelFunction
  public String currentPost(Long applicationId) {
    return application(applicationId).getCurrentPost().name();
  }

  @ModelFunction
  public String organisationType(Long applicationId) {
    return application(applicationId).getOrganisationType().name();
  }

  @ModelFunction
  public int yearsOfExperience(Long applicationId) {
    return application(applicationId).getYearsOfExperience();
  }

  /** The same facts by the table's input names, for the record of its verdict. */
  static Map<String, Object> of(Application application) {
    return Map.of(CURRENT_POST, application.getCurrentPost().name(),
        ORGANISATION_TYPE, application.getOrganisationType().name(),
        YEARS_OF_EXPERIENCE, application.getYearsOfExperience());
  }

  private Application application(Long applicationId) {
    return applications.findById(applicationId).orElseThrow();
  }
}
