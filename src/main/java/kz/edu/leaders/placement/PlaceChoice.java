package kz.edu.leaders.placement;

import kz.edu.leaders.journey.FormChoices;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A coordinator's choice form, read once: the id of the place chosen (as a select or the API sent it),
 * the override reason as written (null when none; {@link CoordinatorChoice} checks it against the proposals).
 */
public record PlaceChoice(long placeId, String overrideReason, String coordinator) {

  static PlaceChoice from(DelegateTask task, Placements.Wording wording) {
    TaskClaim.require(task.getAssignee(), wording.field());
    Object chosen = FormChoices.id(task.getVariable(wording.field()));
    if (!(chosen instanceof Long placeId)) {
      throw wording.notFound();
    }
    Object reason = task.getVariable(CoordinatorChoice.OVERRIDE_REASON);
    return new PlaceChoice(placeId, reason == null ? null : reason.toString(), task.getAssignee());
  }
}
