package kz.edu.leaders.simulation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The programme's people at work: each task claimed and completed as its worker, signed in with
 * their groups, so the engine's authorizations and the platform's guard judge them as in Tasklist.
 */
@Component
class Staff {

  private static final int PAGE = 500;
  private static final int CLICKS = 5;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  final AtomicLong commands = new AtomicLong();
  final AtomicLong secondClicks = new AtomicLong();

  Staff(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * Works every open task at this activity: the decision says who works it and with what form
   * values (or null to leave it). Read in pages, as the engine's query limit asks.
   */
  int workAll(String taskKey, Function<Task, Work> decision) {
    int worked = 0;
    int first = 0;
    while (true) {
      List<Task> page = taskService.createTaskQuery().taskDefinitionKey(taskKey).orderByTaskId().asc()
          .listPage(first, PAGE);
      if (page.isEmpty()) {
        return worked;
      }
      int left = 0;
      for (Task task : page) {
        Work work = decision.apply(task);
        if (work == null) {
          left++;
        } else {
          complete(task, work);
          worked++;
        }
      }
      first += left;
    }
  }

  /** What a worker submits. */
  record Work(String user, Map<String, Object> form) {
  }

  void complete(Task task, Work work) {
    as(work.user(), () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), work.user());
        commands.incrementAndGet();
      }
      taskService.complete(task.getId(), work.form());
      commands.incrementAndGet();
    });
  }

  /**
   * Runs this as the user, signed in. A concurrent job of the same process may win the row first; the
   * person then clicks again, as in Tasklist.
   */
  void as(String user, Runnable action) {
    identityService.setAuthentication(user, groupsOf(user));
    try {
      for (int click = 1; ; click++) {
        try {
          action.run();
          return;
        } catch (OptimisticLockingException raced) {
          secondClicks.incrementAndGet();
          if (click == CLICKS) {
            throw raced;
          }
        }
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupsOf(String user) {
    return groups.computeIfAbsent(user, id -> identityService.createGroupQuery().groupMember(id).list().stream()
        .map(Group::getId).toList());
  }
}
