package kz.edu.leaders.journey;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The API has already decided that the caller may ask for a step (SecurityConfig and the services);
 * the journey is then moved on by the application itself, not with the caller's engine rights, which
 * the portal and coordinators do not have on other people's journeys. The stage results name the caller.
 */
@Component
public class AsTheApplication {

  private final IdentityService identityService;

  public AsTheApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> step) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return step.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
