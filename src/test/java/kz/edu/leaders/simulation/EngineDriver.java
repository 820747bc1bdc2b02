package kz.edu.leaders.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Time and jobs as production has them: the job executor runs every job; the simulator only waits
 * for it, and moves the engine clock on to the next timer when nothing is due.
 */
@Component
class EngineDriver {

  private static final Duration STUCK = Duration.ofMinutes(20);

  private final ManagementService managementService;
  private final HistoryService historyService;
  /** Every node's job executor: each is told when timers fall due, as each would notice by itself. */
  private final List<JobExecutor> executors = new CopyOnWriteArrayList<>();
  /** Nodes in other processes ({@link FaultSuite}), told each new clock offset before time goes on. */
  private final List<LongConsumer> clockFollowers = new CopyOnWriteArrayList<>();

  EngineDriver(ManagementService managementService, HistoryService historyService, ProcessEngine engine) {
    this.managementService = managementService;
    this.historyService = historyService;
    alsoOn(engine);
  }

  /** A node on the database (this context's, or another one), whose job executor runs jobs. */
  void alsoOn(ProcessEngine node) {
    executors.add(((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getJobExecutor());
  }

  /** From now on this follower is told every new clock offset (milliseconds ahead of the system clock). */
  void clockFollowedBy(LongConsumer follower) {
    clockFollowers.add(follower);
  }

  private void wakeExecutors() {
    executors.forEach(JobExecutor::jobWasAdded);
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Moves the engine clock to this instant. An offset, not a fixed time: the clock keeps ticking, as
   * the job executor's locks and the services' timestamps expect. Only called when no job runs, so
   * no lock expires under a running job.
   */
  void moveClockTo(Instant at) {
    if (at.isAfter(now())) {
      long offset = at.toEpochMilli() - System.currentTimeMillis();
      ClockUtil.offset(offset);
      clockFollowers.forEach(follower -> follower.accept(offset));
    }
    // the acquisition may be backing off for a minute: timers that just fell due are news to it
    wakeExecutors();
  }

  /** Moves the clock a second past the latest due date of the timers waiting at this activity. */
  void fireTimersAt(String activityId) {
    List<Job> latest = managementService.createJobQuery().timers().activityId(activityId).orderByJobDuedate().desc()
        .listPage(0, 1);
    if (!latest.isEmpty()) {
      moveClockTo(latest.get(0).getDuedate().toInstant().plusSeconds(1));
    }
  }

  /** Waits until the job executor has run every job that is due (none is executed here). */
  void drain() {
    Instant since = Instant.now();
    long lastDue = -1;
    Instant lastChange = since;
    while (true) {
      long due = managementService.createJobQuery().executable().active().count();
      if (due == 0 && !waitForRetry()) {
        return;
      }
      if (due != lastDue) {
        lastDue = due;
        lastChange = Instant.now();
      } else if (Duration.between(lastChange, Instant.now()).compareTo(Duration.ofSeconds(2)) > 0) {
        wakeExecutors();
      }
      if (Duration.between(lastChange, Instant.now()).compareTo(STUCK) > 0) {
        throw new IllegalStateException(due + " jobs due and none ran for " + STUCK);
      }
      sleep(100);
    }
  }

  /**
   * A job that failed (an optimistic-locking race with another node, say) is retried after its
   * retry cycle's interval (R5/PT5M in the models), on the engine clock: time moves on to it, as it
   * would pass for the people waiting, so the step is late but not lost. False when none waits.
   */
  private boolean waitForRetry() {
    List<Job> retried = managementService.createJobQuery().withException().active().withRetriesLeft()
        .orderByJobDuedate().asc().listPage(0, 1);
    if (retried.isEmpty() || retried.get(0).getDuedate() == null) {
      return false;
    }
    moveClockTo(retried.get(0).getDuedate().toInstant().plusSeconds(1));
    return true;
  }

  long jobsRun() {
    return historyService.createHistoricJobLogQuery().successLog().count();
  }

  long jobsDue() {
    return managementService.createJobQuery().executable().count();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
