package kz.edu.leaders.journey;

import kz.edu.leaders.config.FieldRefused;

/**
 * A decision made on a task form is recorded in the name of the person who claimed the task; an
 * unclaimed task is refused, whoever's task it is (coordinator, reviewer, chair, mentor, HR).
 */
public final class TaskClaim {

  private TaskClaim() {
  }

  /** @param field the form field the refusal is shown at */
  public static void require(String assignee, String field) {
    if (assignee == null) {
      throw new FieldRefused(field,
          "Алдымен тапсырманы өзіңізге алыңыз / Сначала возьмите задачу (Claim)");
    }
  }
}
