package kz.edu.leaders;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.assessment.BlindReviews;
import kz.edu.leaders.interview.Competency;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Works the final assessment and the final interview the way experts, coordinators and the commission would. */
@Component
public class TestFinalStages {

  public static final String REFLECTIVE_REPORT =
      "Рефлексивті есеп: мектептегі өзгерістер жобасы және оның нәтижелері. / Рефлексивный отчёт. ".repeat(8);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final BlindReviews reviews;
  private final TestJourneys journeys;

  public TestFinalStages(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      BlindReviews reviews, TestJourneys journeys) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.reviews = reviews;
    this.journeys = journeys;
  }

  public ProcessInstance calledBy(ProcessInstance journey, String processKey) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId())
        .processDefinitionKey(processKey).singleResult();
  }

  public void submitReport(Application application) {
    reviews.submit(application.getApplicationNumber(), REFLECTIVE_REPORT);
  }

  /** One expert (or arbitration) review: the task claimed and scored. */
  public void review(ProcessInstance assessment, String taskKey, String expert, int score) {
    Task task = taskService.createTaskQuery().processInstanceId(assessment.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    taskService.claim(task.getId(), expert);
    taskService.complete(task.getId(), Map.of("reviewScore", score, "reviewComment", "Clear reflection"));
    journeys.runJobsOf(assessment.getId(), taskKey);
  }

  /** Both expert reviews; their comparison runs. */
  public void expertReviews(ProcessInstance assessment, int first, int second) {
    review(assessment, "Task_FirstExpertReview", "expert.one", first);
    review(assessment, "Task_SecondExpertReview", "expert.two", second);
    journeys.runJobsOf(assessment.getId(), "Task_CompareReviews");
  }

  /** The external reviewer confirms; the result is recorded against the pass mark. */
  public void externalConfirms(ProcessInstance assessment) {
    external(assessment, "confirmed", null);
    journeys.runJobsOf(assessment.getId(), "Task_RecordFinalAssessment");
  }

  public void external(ProcessInstance assessment, String decision, String reason) {
    Task task = taskService.createTaskQuery().processInstanceId(assessment.getId())
        .taskDefinitionKey("Task_ExternalReview").singleResult();
    taskService.claim(task.getId(), "external.reviewer");
    Map<String, Object> form = new HashMap<>();
    form.put("externalDecision", decision);
    form.put("flagReason", reason);
    taskService.complete(task.getId(), form);
    journeys.runJobsOf(assessment.getId(), "Task_ExternalReview");
  }

  /** The coordinator schedules the interview tomorrow at 10:00 with these members; the invitation goes out. */
  public void schedule(ProcessInstance interview, List<String> members) {
    Task task = taskService.createTaskQuery().processInstanceId(interview.getId())
        .taskDefinitionKey("Task_ScheduleInterview").singleResult();
    taskService.claim(task.getId(), "coordinator");
    LocalDate tomorrow = ClockUtil.getCurrentTime().toInstant().atZone(ProgrammeClock.ZONE).toLocalDate()
        .plusDays(1);
    taskService.complete(task.getId(), Map.of("interviewDate", tomorrow.toString(), "interviewTime", "10:00",
        "interviewPlace", "Астана, Мәңгілік Ел 8, 3-зал", "commissionMembers", String.join(", ", members)));
    journeys.runJobsOf(interview.getId(), "Task_ScheduleInterview", "Task_NotifyInterviewInvitation");
  }

  /** The interview's time comes (its timer fires): the members' scoring tasks open. */
  public void interviewHeld(ProcessInstance interview) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(interview.getId())
        .activityId("Event_InterviewHeld").singleResult().getId());
  }

  /** A member scores every competency the same. */
  public void score(ProcessInstance interview, String member, int score) {
    Task task = taskService.createTaskQuery().processInstanceId(interview.getId()).taskAssignee(member)
        .singleResult();
    Map<String, Object> form = new HashMap<>();
    for (Competency competency : Competency.values()) {
      form.put(competency.field(), score);
    }
    taskService.complete(task.getId(), form);
    journeys.runJobsOf(interview.getId(), "Task_ScoreInterview");
  }

  /**
   * A candidate who finished the internship passes the final assessment with this score, is admitted
   * by the commission and enters the reserve.
   */
  public Application reservist(NewApplication request, int assessmentScore) {
    return throughTheFinalStages(journeys.journeyAt(request, "Activity_FinalAssessment"), assessmentScore);
  }

  /** The same, for a candidate of an earlier cohort. */
  public Application reservist(NewApplication request, int assessmentScore, int cohortYear) {
    return throughTheFinalStages(journeys.journeyAt(cohortYear, request, "Activity_FinalAssessment"), assessmentScore);
  }

  private Application throughTheFinalStages(Application candidate, int assessmentScore) {
    ProcessInstance journey = runtimeService.createProcessInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).singleResult();
    ProcessInstance assessment = calledBy(journey, "final-assessment");
    submitReport(candidate);
    expertReviews(assessment, assessmentScore, assessmentScore);
    externalConfirms(assessment);
    ProcessInstance interview = calledBy(journey, "final-interview");
    schedule(interview, List.of("commission.member", "commission.second"));
    interviewHeld(interview);
    score(interview, "commission.member", 5);
    score(interview, "commission.second", 4);
    chair(interview, "admit", null);
    journeys.runJobs(candidate, "Task_EnrolInReserve", "Task_NotifyReserveEnrolled");
    return candidate;
  }

  /** The chair decides (admit or reject), with a reason or none. */
  public void chair(ProcessInstance interview, String decision, String reason) {
    if (managementService.createJobQuery().processInstanceId(interview.getId())
        .activityId("Task_CombineInterviewScores").count() > 0) {
      journeys.runJobsOf(interview.getId(), "Task_CombineInterviewScores");
    }
    Task task = taskService.createTaskQuery().processInstanceId(interview.getId())
        .taskDefinitionKey("Task_ConfirmInterviewOutcome").singleResult();
    taskService.claim(task.getId(), "commission.chair");
    Map<String, Object> form = new HashMap<>();
    form.put("chairDecision", decision);
    form.put("chairReason", reason);
    taskService.complete(task.getId(), form);
    journeys.runJobsOf(interview.getId(), "Task_ConfirmInterviewOutcome");
  }
}
