package kz.edu.leaders.cohort;

import org.springframework.http.HttpStatus;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.journey.AsTheApplication;
import org.camunda.bpm.engine.ManagementService;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kz.edu.leaders.config.RequestRefused;

/**
 * Creates and edits cohorts; their dates move the cohort process's timers, and the due dates of the
 * screening tasks already open, with them.
 */
@Service
public class CohortService {

  private static final String SCREENING_TASK = "Task_ScreenDocuments";
  private static final int PAGE = 500;

  private final CohortRepository cohorts;
  private final CohortCalendar calendar;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final AsTheApplication asTheApplication;

  public CohortService(CohortRepository cohorts, CohortCalendar calendar, RuntimeService runtimeService,
      ManagementService managementService, TaskService taskService, AsTheApplication asTheApplication) {
    this.cohorts = cohorts;
    this.asTheApplication = asTheApplication;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /** Registers the cohort and starts its selection process. */
  @Transactional
  public Cohort create(CohortSpec spec) {
    Cohort cohort = register(spec);
    startSelection(cohort.getYear());
    return cohort;
  }

  /** Starts the selection process of a registered cohort: its timers follow the cohort's dates. */
  @Transactional
  public void startSelection(int year) {
    // the API has checked the caller; the process starts with variables its start form does not have
    asTheApplication.run(() -> runtimeService.startProcessInstanceByKey(CohortSelection.PROCESS_KEY,
        CohortSelection.businessKey(year), Map.of(CohortSelection.COHORT_YEAR.name(), year, CohortSelection.REGISTERED_BY_API.name(), true)));
  }

  /** Validates and stores a new cohort (the start form's path, inside the process it starts). */
  @Transactional
  public Cohort register(CohortSpec spec) {
    requireValid(spec);
    if (cohorts.existsById(spec.year())) {
      throw new CohortExistsException(spec.year());
    }
    Cohort cohort = new Cohort(spec.year());
    cohort.apply(spec);
    return cohorts.save(cohort);
  }

  /** Changes a cohort's dates, capacity or quotas and moves the timers still waiting for those dates. */
  @Transactional
  public Cohort update(int year, CohortSpec spec) {
    if (spec.year() != null && spec.year() != year) {
      throw new CohortInvalidException(List.of(new CohortSpec.Problem("year",
          "Жылды өзгертуге болмайды, ол " + year + " / Год изменить нельзя, он " + year)));
    }
    requireValid(spec);
    Cohort cohort = find(year);
    cohort.apply(spec);
    cohorts.flush();
    reschedule(year, CohortSelection.TEST_WINDOW_CLOSED, calendar.testWindowClosesAt(year));
    reschedule(year, CohortSelection.RANKING_DAY, calendar.rankingAt(year));
    moveOpenScreeningTasks(year, calendar.screeningDue(year));
    return cohort;
  }

  @Transactional(readOnly = true)
  public Cohort find(int year) {
    return cohorts.findById(year).orElseThrow(() -> new CohortNotFoundException(year));
  }

  @Transactional(readOnly = true)
  public List<Cohort> all() {
    return cohorts.findAllByOrderByYearDesc();
  }

  /** The cohort taking applications on that day, if any. */
  @Transactional(readOnly = true)
  public Optional<Cohort> openOn(LocalDate day) {
    return cohorts.findAllByOrderByYearDesc().stream().filter(c -> c.acceptsApplicationsOn(day)).findFirst();
  }

  private void reschedule(int year, String timerActivityId, Date due) {
    ProcessInstance selection = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CohortSelection.PROCESS_KEY).processInstanceBusinessKey(CohortSelection.businessKey(year))
        .singleResult();
    if (selection == null) {
      return;
    }
    for (Job timer : managementService.createJobQuery().processInstanceId(selection.getId())
        .activityId(timerActivityId).timers().listPage(0, 10)) {
      managementService.setJobDuedate(timer.getId(), due);
    }
  }

  /** Screening tasks already waiting get the new deadline too, page by page (the engine refuses unbounded queries). */
  private void moveOpenScreeningTasks(int year, Date due) {
    int first = 0;
    List<Task> page;
    do {
      page = taskService.createTaskQuery().processDefinitionKey(CandidateJourney.PROCESS_KEY)
          .taskDefinitionKey(SCREENING_TASK).processVariableValueEquals(CandidateJourney.COHORT_YEAR.name(), year)
          .orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : page) {
        if (!due.equals(task.getDueDate())) {
          task.setDueDate(due);
          taskService.saveTask(task);
        }
      }
      first += PAGE;
    } while (page.size() == PAGE);
  }

  private static void requireValid(CohortSpec spec) {
    List<CohortSpec.Problem> problems = spec.problems();
    if (!problems.isEmpty()) {
      throw new CohortInvalidException(problems);
    }
  }

  public static class CohortExistsException extends RequestRefused {

    CohortExistsException(int year) {
      super(HttpStatus.CONFLICT, year + " когортасы бұрын құрылған; оны PUT /api/cohorts/" + year + " арқылы өзгертіңіз / "
          + "Когорта " + year + " года уже создана; измените её через PUT /api/cohorts/" + year);
    }
  }

  public static class CohortNotFoundException extends RequestRefused.NotFound {

    CohortNotFoundException(int year) {
      super(year + " когортасы жоқ / Когорты " + year + " года нет");
    }
  }
}
