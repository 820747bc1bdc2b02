package kz.edu.leaders.identity;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test only: whether the groups and the demo users existed at the moment the application said it was ready. */
@Component
public class ReadinessWitness {

  static final AtomicBoolean IDENTITY_READY_WHEN_ACCEPTING_TRAFFIC = new AtomicBoolean();

  private final IdentityService identityService;

  public ReadinessWitness(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  public void readiness(AvailabilityChangeEvent<ReadinessState> event) {
    if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
      IDENTITY_READY_WHEN_ACCEPTING_TRAFFIC.set(
          identityService.createGroupQuery().groupId(Role.DOCUMENT_REVIEWERS.groupId()).count() == 1
              && identityService.checkPassword("reviewer.turkistan", "demo"));
    }
  }
}
