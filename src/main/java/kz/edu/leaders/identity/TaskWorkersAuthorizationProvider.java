package kz.edu.leaders.identity;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * A task's candidates may read it, work it (claim, complete: TASK_WORK, not UPDATE, so they cannot
 * change its variables or properties) and give it back (unclaim is an assignment, TASK_ASSIGN);
 * {@link UserCommandGuard} keeps them from assigning it to anyone else.
 */
public class TaskWorkersAuthorizationProvider extends DefaultAuthorizationProvider {

  static final Permission[] TASK_WORKER = {Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN};

  @Override
  protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
    return TASK_WORKER.clone();
  }
}
