package kz.edu.leaders;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.internship.InternshipPeriod;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.internship.InternshipReports;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.training.MentorMeetings;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Works an internship's steps the way its people would: coordinator, candidate, host school, mentor. */
@Component
public class TestInternships {

  public static final String REPORT = "Менің тағылымдамам туралы есеп / Отчёт о стажировке. ".repeat(8);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final SchoolRepository schools;
  private final InternshipPeriodRepository periods;
  private final InternshipReports reports;
  private final MentorMeetings meetings;
  private final TestJourneys journeys;

  public TestInternships(TaskService taskService, RuntimeService runtimeService,
      SchoolRepository schools, InternshipPeriodRepository periods, InternshipReports reports,
      MentorMeetings meetings, TestJourneys journeys) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.schools = schools;
    this.periods = periods;
    this.reports = reports;
    this.meetings = meetings;
    this.journeys = journeys;
  }

  /** A host school of its own in the region, with a period starting tomorrow: the first proposal there. */
  public InternshipPeriod periodStartingTomorrow(Region region, int places) {
    School school = schools.save(School.hostingInterns("Test school " + System.nanoTime(), region, "Test town",
        "host@test.example.kz"));
    LocalDate tomorrow = today().plusDays(1);
    return periods.save(new InternshipPeriod(school, tomorrow, tomorrow.plusDays(21), places));
  }

  /** The internship that the candidate's journey called. */
  public ProcessInstance internshipOf(ProcessInstance journey) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId())
        .processDefinitionKey("internship").singleResult();
  }

  /** The coordinator takes this period; the candidate hears where and when. */
  public void place(ProcessInstance internship, long periodId) {
    Task task = openTask(internship, "Task_PlaceIntern");
    taskService.claim(task.getId(), "coordinator");
    taskService.complete(task.getId(), Map.of("periodId", periodId));
    runJobs(internship, "Task_PlaceIntern", "Task_NotifyInternshipPlaced");
  }

  /** The engine clock moves past the end of the period; the report is then awaited. */
  public void periodEnds(ProcessInstance internship) {
    journeys.fireTimer(internship, "Event_InternshipPeriodEnded");
  }

  public void submitReport(Application application) {
    reports.submit(application.getApplicationNumber(), REPORT);
  }

  /** The host school scores the report (a coordinator on its behalf, when it has no linked account). */
  public void evaluate(ProcessInstance internship, int score) {
    Task task = openTask(internship, "Task_EvaluateInternship");
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), "coordinator");
    }
    taskService.complete(task.getId(), Map.of("internshipScore", score, "internshipComment", "Strong lessons"));
    runJobs(internship, "Task_EvaluateInternship");
  }

  /** The coordinator logs this many meetings for the candidate and their mentor. */
  public void logMeetings(Application application, int count) {
    CurrentUser coordinator = new CurrentUser("coordinator", Set.of(Role.TRAINING_COORDINATORS.groupId()));
    for (int i = 0; i < count; i++) {
      // the meetings API checks dates against the wall clock, not the engine's
      meetings.log(application.getApplicationNumber(), LocalDate.now(ProgrammeClock.ZONE),
          "Meeting " + (i + 1), null, coordinator);
    }
  }

  /**
   * The mentor signs off (a coordinator on their behalf, when they have no linked account); the
   * internship completes and the candidate hears of it.
   */
  public void signOff(ProcessInstance internship) {
    Task task = openTask(internship, "Task_SignOffInternship");
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), "coordinator");
    }
    taskService.complete(task.getId(), Map.of("signOffConfirmed", true, "signOffComment", "Ready to lead"));
    runJobs(internship, "Task_SignOffInternship", "Task_RecordInternshipCompleted", "Task_NotifyInternshipCompleted");
  }

  public Task openTask(ProcessInstance internship, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(internship.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private void runJobs(ProcessInstance instance, String... activityIds) {
    journeys.runJobsOf(instance.getId(), activityIds);
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ProgrammeClock.ZONE).toLocalDate();
  }
}
