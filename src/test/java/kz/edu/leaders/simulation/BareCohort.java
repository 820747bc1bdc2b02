package kz.edu.leaders.simulation;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.identity.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.stereotype.Component;

/**
 * The baseline: per stage, a process with the real stage's wait-state shape for one candidate who
 * goes all the way (user tasks with their save point after, async continuations, timers, message
 * waits, deadline timers that never fire) and no domain logic at all, driven the same way: the job
 * executor runs the jobs, a trainer completes the tasks, the clock moves to the timers.
 * Counted from processes/*.bpmn on an appointed reservist's path: 17 user tasks, 39 async
 * continuations, 5 timers that fire, 6 message correlations; the cohort's own ranking timers and
 * task are not per candidate and are left out.
 */
@Component
class BareCohort {

  /**
   * U user task (async after), A async continuation, T timer that fires, M message wait; a lower-case
   * u or m has a deadline timer attached that does not fire. Stage names as in {@link RealCohort}.
   */
  static final Map<String, String> SHAPES = Map.of(
      "screening", "AAUAMAMA",
      "training", "UATUATUATUAA",
      "internship", "UATmuuAA",
      "final assessment", "mUUAUA",
      "final interview", "UATUUAUAA",
      "appointment", "UAmUAAm");
  static final List<String> ORDER = List.of("screening", "training", "internship", "final assessment",
      "final interview", "appointment");
  private static final Map<String, String> TIMER = Map.of("training", "P30D", "internship", "P21D",
      "final interview", "P1D");
  private static final String WORKER = "trainer";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final EngineDriver engine;
  private final Staff staff;

  BareCohort(RepositoryService repositoryService, RuntimeService runtimeService, EngineDriver engine, Staff staff) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.staff = staff;
  }

  /** Each stage with as many candidates as entered it in the real run. */
  void play(Map<String, Integer> entrants, Run run) {
    var deployment = repositoryService.createDeployment().name("bare-journey");
    ORDER.forEach(stage -> deployment.addModelInstance(key(stage) + ".bpmn", model(stage)));
    deployment.deploy();
    for (String stage : ORDER) {
      int n = entrants.getOrDefault(stage, 0);
      run.stage(stage, n);
      String key = key(stage);
      for (int i = 0; i < n; i++) {
        runtimeService.startProcessInstanceByKey(key, key + "-" + i);
        staff.commands.incrementAndGet();
      }
      drive(stage);
      run.count(stage + ": candidates", n);
    }
  }

  private void drive(String stage) {
    String key = key(stage);
    String shape = SHAPES.get(stage);
    while (runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count() > 0) {
      engine.drain();
      int moved = 0;
      for (int i = 0; i < shape.length(); i++) {
        char step = shape.charAt(i);
        String id = id(stage, i);
        if (step == 'U' || step == 'u') {
          moved += staff.workAll(id, task -> new Staff.Work(WORKER, Map.of()));
        } else if (step == 'M' || step == 'm') {
          moved += correlate(id);
        }
      }
      if (moved == 0) {
        for (int i = 0; i < shape.length(); i++) {
          if (shape.charAt(i) == 'T') {
            engine.fireTimersAt(id(stage, i));
          }
        }
        engine.drain();
      }
    }
  }

  private int correlate(String activityId) {
    int correlated = 0;
    while (true) {
      var waiting = runtimeService.createExecutionQuery().activityId(activityId).listPage(0, 500);
      if (waiting.isEmpty()) {
        return correlated;
      }
      for (var execution : waiting) {
        // as the platform's services correlate their messages: no person signed in
        runtimeService.createMessageCorrelation(activityId).processInstanceId(execution.getProcessInstanceId())
            .correlate();
        staff.commands.incrementAndGet();
        correlated++;
      }
    }
  }

  static String key(String stage) {
    return "bare-" + stage.replace(' ', '-');
  }

  private static String id(String stage, int step) {
    return "Bare_" + stage.replace(' ', '_') + "_" + step;
  }

  static BpmnModelInstance model(String stage) {
    String shape = SHAPES.get(stage);
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key(stage)).name("Bare " + stage)
        .camundaHistoryTimeToLive(1825).startEvent();
    for (int i = 0; i < shape.length(); i++) {
      String id = id(stage, i);
      flow = switch (shape.charAt(i)) {
        case 'U' -> flow.userTask(id).camundaCandidateGroups(Role.TRAINERS.groupId()).camundaAsyncAfter();
        case 'u' -> flow.userTask(id).camundaCandidateGroups(Role.TRAINERS.groupId()).camundaAsyncAfter()
            .boundaryEvent().cancelActivity(false).timerWithDuration("P14D").endEvent().<AbstractActivityBuilder<?, ?>>moveToActivity(id);
        case 'A' -> flow.intermediateThrowEvent(id).camundaAsyncBefore();
        case 'T' -> flow.intermediateCatchEvent(id).timerWithDuration(TIMER.get(stage));
        case 'M' -> flow.receiveTask(id).message(id);
        case 'm' -> flow.receiveTask(id).message(id)
            .boundaryEvent().cancelActivity(false).timerWithDuration("P3Y").endEvent().<AbstractActivityBuilder<?, ?>>moveToActivity(id);
        default -> throw new IllegalArgumentException(shape);
      };
    }
    return flow.endEvent().done();
  }
}
