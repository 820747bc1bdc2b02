package kz.edu.leaders.identity;

import java.util.List;

/**
 * What a stage's process needs from {@link IdentitySetup}: the roles that read its definition (to open
 * its tasks in Tasklist) and the columns its tasks show in the Tasklist filters. Each stage that owns a
 * process registers one bean, so identity setup names no process.
 */
public record ProcessAccess(String processKey, List<Role> readers, List<TaskColumn> columns) {

  /** A process variable shown beside each task in the shared Tasklist filters. */
  public record TaskColumn(String variable, String label) {
  }

  public ProcessAccess {
    readers = List.copyOf(readers);
    columns = List.copyOf(columns);
  }

  public static ProcessAccess readBy(String processKey, Role... readers) {
    return new ProcessAccess(processKey, List.of(readers), List.of());
  }
}
