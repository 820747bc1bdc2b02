package kz.edu.leaders.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.cohort.CohortSelection;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cohort's own process, end to end: the test window closes (no-shows withdrawn), the ranking is
 * proposed, a coordinator confirms it in Tasklist, and only then is each candidate told.
 */
@IntegrationTest
class CohortSelectionTest {

  @Autowired
  TestJourneys journeys;
  @Autowired
  CohortService cohorts;
  @Autowired
  CohortCalendar calendar;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  RankingService ranking;

  @Test
  void theTestWindowClosesTheRankingIsConfirmedAndEveryCandidateIsTold() {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    ProcessInstance selection = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CohortSelection.PROCESS_KEY).processInstanceBusinessKey(CohortSelection.businessKey(cohort.getYear()))
        .singleResult();
    Application best = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    Application tiedEarlier = journeys.awaitingTest(TestApplications.valid(Region.ALMATY), "reviewer.almaty");
    Application tiedLater = journeys.awaitingTest(TestApplications.valid(Region.ASTANA), "reviewer.astana");
    Application failed = journeys.awaitingTest(TestApplications.valid(Region.KARAGANDA), "reviewer.karaganda");
    Application noShow = journeys.awaitingTest(TestApplications.valid(Region.TURKISTAN), "reviewer.turkistan");
    Map<Application, Integer> scores = new LinkedHashMap<>();
    scores.put(tiedLater, 75);
    scores.put(best, 96);
    scores.put(failed, 40);
    scores.put(tiedEarlier, 75);
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), scores);

    Job testWindow = timer(selection, CohortSelection.TEST_WINDOW_CLOSED);
    assertThat(testWindow.getDuedate()).isEqualTo(calendar.testWindowClosesAt(cohort.getYear()));
    assertThat(dueNow(selection)).isEmpty();
    ClockUtil.setCurrentTime(new Date(calendar.testWindowClosesAt(cohort.getYear()).getTime() + 1000));
    assertThat(dueNow(selection)).extracting(Job::getId).containsExactly(testWindow.getId());
    managementService.executeJob(testWindow.getId());
    runJob(selection, "Task_WithdrawNoShows");
    journeys.runJobs(noShow, "Task_RecordTestNoShow", "Task_NotifyWithdrawnNoShow");
    assertThat(status(noShow)).isEqualTo(ApplicationStatus.WITHDRAWN);

    Job rankingDay = timer(selection, CohortSelection.RANKING_DAY);
    assertThat(rankingDay.getDuedate()).isEqualTo(calendar.rankingAt(cohort.getYear()));
    assertThat(dueNow(selection)).isEmpty();
    ClockUtil.setCurrentTime(new Date(calendar.rankingAt(cohort.getYear()).getTime() + 1000));
    assertThat(dueNow(selection)).extracting(Job::getId).containsExactly(rankingDay.getId());
    managementService.executeJob(rankingDay.getId());
    runJob(selection, "Task_ProposeRanking");

    Task confirm = taskService.createTaskQuery().processInstanceId(selection.getId()).singleResult();
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmRanking");
    assertThat(taskService.getIdentityLinksForTask(confirm.getId())).extracting(link -> link.getGroupId())
        .containsExactly("training-coordinators");
    assertThat((String) runtimeService.getVariable(selection.getId(), SelectionSteps.RANKING_SUMMARY))
        .contains("проходной балл").contains("| Түркістан облысы / Туркестанская область |").contains("| 40 |");
    assertThat(ranking.entries(cohort.getYear())).allMatch(entry -> entry.getState() == RankingEntry.State.PROPOSED);
    assertThat(status(best)).as("nobody is told before the confirmation").isEqualTo(ApplicationStatus.TEST_PASSED);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) taskService.getVariableLocal(confirm.getId(),
        SelectionSteps.RANKED_LIST);
    assertThat(rows).hasSize(Math.min(RankingService.SHOWN_ROWS, ranking.entries(cohort.getYear()).size()));
    assertThat(rows).filteredOn(row -> best.getApplicationNumber().equals(row.get("applicationNumber"))).singleElement()
        .satisfies(row -> {
          assertThat(row.get("maskedIin")).isEqualTo(best.getMaskedIin());
          assertThat(row.get("score")).isEqualTo(96);
          assertThat(row.get("admitted")).isEqualTo("Иә / Да");
          assertThat(row).containsKeys("position", "region", "seat");
        });
    assertThat(runtimeService.getVariable(selection.getId(), SelectionSteps.RANKED_LIST)).isNull();

    taskService.claim(confirm.getId(), "coordinator");
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(SelectionSteps.RANKING_CONFIRMED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Подтвердите список");
    taskService.complete(confirm.getId(), Map.of(SelectionSteps.RANKING_CONFIRMED, true));
    runJob(selection, "Task_ConfirmRanking");
    runJob(selection, "Task_PublishRanking");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(selection.getId())
        .variableName(SelectionSteps.RANKED_LIST).count()).as("never in history").isZero();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(selection.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_RankingPublished");
    List<RankingEntry> ours = ranking.entries(cohort.getYear()).stream()
        .filter(entry -> List.of(best.getId(), tiedEarlier.getId(), tiedLater.getId()).contains(entry.getApplicationId()))
        .toList();
    assertThat(ours).extracting(RankingEntry::getApplicationId)
        .as("by score, the tie broken by the earlier application")
        .containsExactly(best.getId(), tiedEarlier.getId(), tiedLater.getId());
    assertThat(ours).allSatisfy(entry -> {
      assertThat(entry.isAdmitted()).isTrue();
      assertThat(entry.getState()).isEqualTo(RankingEntry.State.PUBLISHED);
      assertThat(entry.getConfirmedBy()).isEqualTo("coordinator");
      assertThat(entry.getPassMark()).isEqualTo(60);
    });
    assertThat(ranking.entries(cohort.getYear())).noneMatch(entry -> entry.getApplicationId() == failed.getId());
    assertThat(status(best)).isEqualTo(ApplicationStatus.ADMITTED_TO_TRAINING);
    assertThat(status(failed)).isEqualTo(ApplicationStatus.TEST_FAILED);
    StageResult decision = stageResults.findFirstByApplicationIdAndStageOrderByDecidedAtDescIdDesc(tiedLater.getId(), Stage.RANKING)
        .orElseThrow();
    assertThat(decision.getOutcome()).isEqualTo(Outcome.ADMITTED);
    assertThat(decision.getDecidedBy()).isEqualTo("coordinator");
    assertThat(decision.getRuleId()).isEqualTo("pass-marks");
    assertThat(decision.getScore()).isEqualTo(75);
    journeys.runJobs(best, "Task_NotifyTestResult", "Task_NotifyAdmitted");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(best.getProcessInstanceId())
        .processDefinitionKey("training").count()).as("the admitted candidate's training has begun").isOne();
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  /** The cohort process's jobs the job executor would pick up at the engine's current time. */
  private List<Job> dueNow(ProcessInstance selection) {
    return managementService.createJobQuery().processInstanceId(selection.getId()).executable().list();
  }

  private Job timer(ProcessInstance selection, String activityId) {
    return managementService.createJobQuery().processInstanceId(selection.getId()).activityId(activityId).timers()
        .singleResult();
  }

  private void runJob(ProcessInstance selection, String activityId) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(selection.getId())
        .activityId(activityId).singleResult().getId());
  }

  private ApplicationStatus status(Application application) {
    return applications.findById(application.getId()).orElseThrow().getStatus();
  }
}
