package kz.edu.leaders.internship;

import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.TaskClaim;
import kz.edu.leaders.staff.StaffRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The host school's evaluation and the mentor's sign-off belong to one registry entry's account. The
 * model gives both tasks to the training coordinators, never to the whole host-schools or mentors
 * group (which would show every school the intern's report). With an account linked, the task is
 * assigned to it and only that account completes it; with none linked, the coordinators record the
 * step on the entry's behalf, or link the account and assign the task to it.
 */
final class LinkedAccountTask {

  private LinkedAccountTask() {
  }

  /**
   * On creation: assigned to the linked account, or left with the coordinators with a note saying why,
   * in Kazakh and Russian above the task's description (Tasklist's Description tab), naming the entry.
   */
  static void route(DelegateTask task, String account, String entryName, String howToLink) {
    if (account != null) {
      // a candidate as well as the assignee: only a task's candidates may work it (UserCommandGuard)
      task.addCandidateUser(account);
      task.setAssignee(account);
      return;
    }
    String note = entryName + ": есептік жазбасы байланыстырылмаған, сондықтан тапсырма Оқыту үйлестірушілерінде ("
        + howToLink + "). / " + entryName + ": учётная запись не связана, поэтому задача у Координаторов обучения ("
        + howToLink + ").";
    task.setDescription(task.getDescription() == null ? note : note + "\n\n" + task.getDescription());
  }

  /** On completion: by the linked account, or, with none linked, by a training coordinator. */
  static void requireWorker(String account, String assignee, String field, String entry, StaffRegistry staff) {
    TaskClaim.require(assignee, field);
    if (account != null ? account.equals(assignee) : staff.isMember(assignee, Role.TRAINING_COORDINATORS)) {
      return;
    }
    throw new FieldRefused(field, account != null
        ? "Бұл қадамды тек " + entry + " (" + account + ") жазады; үйлестіруші тапсырманы осы есептік жазбаға "
            + "тағайындай алады / Этот шаг записывает только " + entry + " (" + account + "); координатор может "
            + "назначить задачу на эту учётную запись"
        : entry + ": есептік жазбасы байланыстырылмаған, сондықтан бұл қадамды тек Оқыту үйлестірушілері жазады / "
            + entry + ": учётная запись не связана, поэтому этот шаг записывают только Координаторы обучения");
  }
}
