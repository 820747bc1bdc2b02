package kz.edu.leaders.simulation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
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
  /** The nodes people's clicks go to, in turn, as a load balancer without sticky sessions sends them. */
  private final List<ProcessEngine> nodes = new CopyOnWriteArrayList<>();
  private final AtomicLong nextNode = new AtomicLong();
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  final AtomicLong commands = new AtomicLong();
  final AtomicLong secondClicks = new AtomicLong();

  Staff(TaskService taskService, IdentityService identityService, ProcessEngine engine) {
    this.taskService = taskService;
    this.identityService = identityService;
    nodes.add(engine);
  }

  /** From now on, one click in so many goes to this node's engine (and its task listeners). */
  void alsoOn(ProcessEngine node) {
    nodes.add(node);
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
    ProcessEngine node = nodes.get((int) (nextNode.getAndIncrement() % nodes.size()));
    TaskService tasks = node.getTaskService();
    as(node.getIdentityService(), work.user(), () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), work.user());
        commands.incrementAndGet();
      }
      tasks.complete(task.getId(), work.form());
      commands.incrementAndGet();
    });
  }

  /**
   * Runs this as the user, signed in on this node. A concurrent job of the same process may win the
   * row first; the person then clicks again, as in Tasklist.
   */
  void as(IdentityService signIn, String user, Runnable action) {
    signIn.setAuthentication(user, groupsOf(user));
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
      signIn.clearAuthentication();
    }
  }

  private List<String> groupsOf(String user) {
    return groups.computeIfAbsent(user, id -> identityService.createGroupQuery().groupMember(id).list().stream()
        .map(Group::getId).toList());
  }
}
