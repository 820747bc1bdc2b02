package kz.edu.leaders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.testing.TestImport;
import kz.edu.leaders.testing.TestImportService;
import kz.edu.leaders.testing.TestResultRow;
import org.awaitility.Awaitility;
import kz.edu.leaders.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Brings a candidate's journey to a point of the selection the way users would: apply, screen. */
@Component
public class TestJourneys {

  private final ApplicationService applications;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final TestImportService imports;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  public TestJourneys(ApplicationService applications, ManagementService managementService, TaskService taskService,
      TestImportService imports, IdentityService identityService, RuntimeService runtimeService) {
    this.applications = applications;
    this.managementService = managementService;
    this.taskService = taskService;
    this.imports = imports;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /** Imports one score per candidate as the test operator would, waits until the import is done; its id. */
  public long importScores(int cohortYear, String takenOn, Map<Application, Integer> scores) {
    List<TestResultRow> rows = new ArrayList<>();
    scores.forEach((application, score) -> rows.add(new TestResultRow(rows.size() + 1,
        application.getApplicationNumber(), String.valueOf(score), takenOn)));
    long id = imports.start(cohortYear, rows, "JSON", "test.operator").getId();
    Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> imports.find(id).getState() == TestImport.State.DONE);
    return id;
  }

  /** Applied, eligible, documents accepted by the region's reviewer: waiting for a test result. */
  public Application awaitingTest(NewApplication request, String reviewer) {
    Application application = applications.submit(request);
    runJobs(application, "Task_NotifyApplicationReceived", "Task_CheckEligibility");
    Task screening = taskService.createTaskQuery().processInstanceId(application.getProcessInstanceId()).singleResult();
    Map<String, Object> accepted = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, true));
    accepted.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    // as the reviewer, signed in: the engine's operation log names them
    identityService.setAuthentication(reviewer, List.of(Role.DOCUMENT_REVIEWERS.groupId(),
        Role.DOCUMENT_REVIEWERS.groupFor(application.getRegion())));
    try {
      taskService.claim(screening.getId(), reviewer);
      taskService.complete(screening.getId(), accepted);
    } finally {
      identityService.clearAuthentication();
    }
    runJobs(application, "Task_ScreenDocuments", "Task_NotifyDocumentsAccepted");
    return applications.find(application.getApplicationNumber());
  }

  /**
   * A new candidate whose journey is moved to stand before this activity, as a process owner moves an
   * instance in Cockpit: for the later stages, without walking the earlier ones again.
   */
  public Application journeyAt(NewApplication request, String activityId) {
    return moved(applications.submit(request), activityId);
  }

  /** The same, for a candidate of an earlier cohort. */
  public Application journeyAt(int cohortYear, NewApplication request, String activityId) {
    return moved(applications.submitTo(cohortYear, request), activityId);
  }

  private Application moved(Application application, String activityId) {
    runtimeService.createProcessInstanceModification(application.getProcessInstanceId())
        .startBeforeActivity(activityId)
        .cancelAllForActivity("Task_NotifyApplicationReceived")
        .cancelAllForActivity("Task_CheckEligibility")
        .execute();
    return application;
  }

  /** Moves the engine clock past the due date of the timer at this activity and fires it. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .timers().singleResult();
    ClockUtil.setCurrentTime(new Date(Math.max(timer.getDuedate().getTime(), ClockUtil.getCurrentTime().getTime())
        + 1000));
    managementService.executeJob(timer.getId());
  }

  /** Executes the pending job at each of these activities of the candidate's journey, in order. */
  public void runJobs(Application application, String... activityIds) {
    runJobsOf(application.getProcessInstanceId(), activityIds);
  }

  /** Executes the pending job at each of these activities of the process instance, in order. */
  public void runJobsOf(String processInstanceId, String... activityIds) {
    for (String activityId : activityIds) {
      Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
          .singleResult();
      if (job == null) {
        throw new IllegalStateException(processInstanceId + " has no job at " + activityId);
      }
      managementService.executeJob(job.getId());
    }
  }
}
