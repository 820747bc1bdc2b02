package kz.edu.leaders.appeal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestAccounts;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WalkedElements;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.audit.AuditTrail;
import kz.edu.leaders.audit.TrailEvent;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.report.ProgrammeReport;
import kz.edu.leaders.testing.RankingEntry;
import kz.edu.leaders.testing.RankingRepository;
import kz.edu.leaders.testing.RankingService;
import kz.edu.leaders.testing.TestImportRow;
import kz.edu.leaders.testing.TestImportService;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of the appeal process with the real engine: upheld; overturned at each of the five
 * appealable decisions, the journey going on where the decision had ended it; the ranking already
 * drawn up; and every refusal (late, not appealable, twice, by the decider, bad reason, unknown).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealProcessTest {

  private static final String REVIEWER = "reviewer.turkistan";
  private static final String MEMBER = "appeals.member";
  private static final String REASON = "Менің дипломым педагогикалық / Мой диплом педагогический";
  private static final String COMMISSION_REASON = "Құжаттар толық, қате расталды / Документы полны, ошибка подтверждена";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  AppealRepository appeals;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TestFinalStages stages;
  @Autowired
  TestAccounts accounts;
  @Autowired
  CohortService cohorts;
  @Autowired
  RankingService rankingService;
  @Autowired
  RankingRepository ranking;
  @Autowired
  MentorRepository mentors;
  @Autowired
  AuditTrail auditTrail;
  @Autowired
  ProgrammeReport programmeReport;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ManagementService managementService;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  TestImportService imports;

  private Date classStarted;

  @BeforeAll
  void startCounting() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
  }

  @BeforeEach
  void assertsOnTheEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @AfterAll
  void everyElementWasWalked() {
    WalkedElements.assertEveryElementWalked(repositoryService, historyService, Appeals.PROCESS_KEY, classStarted);
  }

  @Test
  void anUpheldRejectionStandsTheCandidateIsToldWhyAndCannotAppealItAgain() {
    Application candidate = rejectedAtScreening(REVIEWER);
    ProgrammeReport.AppealFigures before = screeningAppeals(candidate);

    ResponseEntity<String> lodged = lodge(candidate, Stage.DOCUMENT_SCREENING, REASON);
    Assertions.assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(lodged.getBody()).contains("\"state\":\"LODGED\"").contains("\"outcome\":\"REJECTED\"");
    ProcessInstance appeal = appealOf(candidate);
    journeys.runJobsOf(appeal.getId(), "Task_NotifyAppealReceived");
    Assertions.assertThat(body(candidate, "Апелляция қабылданды")).contains("«Құжаттарды тексеру»").contains("14 күн");
    Task task = taskService.createTaskQuery().processInstanceId(appeal.getId()).singleResult();
    assertThat(task).hasCandidateGroup(Role.APPEALS_COMMISSION.groupId());
    Assertions.assertThat(task.getDueDate()).isCloseTo(Date.from(Instant.now().plus(14, ChronoUnit.DAYS)), 60_000);
    Assertions.assertThat(taskService.getVariableLocal(task.getId(), PersonalDataVariables.CANDIDATE_REPORT))
        .isEqualTo(REASON);

    decide(candidate, MEMBER, "upheld", "Диплом педагогикалық емес / Диплом не педагогический", null);

    assertThat(appeal).isEnded().hasPassed("Gateway_AppealDecided", "Task_NotifyAppealDecided")
        .hasNotPassed("Task_ResumeJourney");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_REJECTED);
    Assertions.assertThat(reloaded(candidate).getProcessInstanceId()).isEqualTo(candidate.getProcessInstanceId());
    Assertions.assertThat(appeals.findByApplicationIdOrderByLodgedAtAsc(candidate.getId())).singleElement()
        .satisfies(a -> {
          Assertions.assertThat(a.getState()).isEqualTo(Appeal.State.UPHELD);
          Assertions.assertThat(a.getDecidedBy()).isEqualTo(MEMBER);
        });
    Assertions.assertThat(appealSteps(candidate)).containsExactly("LODGED", "UPHELD");
    ProgrammeReport.AppealFigures after = screeningAppeals(candidate);
    Assertions.assertThat(after.lodged() - before.lodged()).as("the programme report counts it").isEqualTo(1);
    Assertions.assertThat(after.upheld() - before.upheld()).isEqualTo(1);
    Assertions.assertThat(after.overturned()).isEqualTo(before.overturned());
    Assertions.assertThat(http.withBasicAuth("process.owner", "demo").getForObject(
        "/api/reports/appeals.csv?cohort=" + candidate.getCohortYear(), String.class))
        .contains("cohort,stage,lodged,open,upheld,overturned")
        .contains(candidate.getCohortYear() + ",DOCUMENT_SCREENING," + after.lodged() + "," + after.open() + ","
            + after.upheld() + "," + after.overturned());
    Assertions.assertThat(http.withBasicAuth("process.owner", "demo").getForObject(
        "/reports/fairness?cohort=" + candidate.getCohortYear(), String.class))
        .as("the fairness page shows the appeals beside the pass rates")
        .contains("Апелляциялар / Апелляции")
        .contains("<td>" + Stage.DOCUMENT_SCREENING.bilingualName() + "</td><td>" + after.lodged()
            + "</td><td>" + after.open() + "</td><td>" + after.upheld() + "</td><td>" + after.overturned() + "</td>");
    Assertions.assertThat(body(candidate, "Апелляция бойынша шешім")).contains("өзгеріссіз қалдырды")
        .contains("Диплом не педагогический");
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(appeal.getId())
        .variableName(PersonalDataVariables.CANDIDATE_REPORT).count()).as("the reason is not in history").isZero();

    ResponseEntity<String> again = lodge(candidate, Stage.DOCUMENT_SCREENING, REASON);
    Assertions.assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(again.getBody()).contains("\"field\":\"stage\"")
        .contains("Решение «Проверка документов» уже обжаловано");
  }

  @Test
  void anOverturnedRejectionSendsTheCandidateToTheTestAndKeepsTheOriginalResult() {
    Application candidate = rejectedAtScreening(REVIEWER);
    StageResult original = latest(candidate, Stage.DOCUMENT_SCREENING);
    lodgeAndDecideOverturned(candidate, Stage.DOCUMENT_SCREENING, null);

    ProcessInstance journey = journeyOf(candidate);
    Assertions.assertThat(journey.getId()).as("restarted: a new instance").isNotEqualTo(candidate.getProcessInstanceId());
    Assertions.assertThat(journey.getBusinessKey()).isEqualTo(candidate.getApplicationNumber());
    assertThat(journey).isWaitingAt("Task_AwaitTestResult");
    Application resumed = reloaded(candidate);
    Assertions.assertThat(resumed.getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);
    Assertions.assertThat(resumed.getProcessInstanceId()).isEqualTo(journey.getId());
    Assertions.assertThat(stageResults.findById(original.getId()).orElseThrow())
        .satisfies(kept -> {
          Assertions.assertThat(kept.getOutcome()).isEqualTo(Outcome.REJECTED);
          Assertions.assertThat(kept.getDecidedBy()).isEqualTo(REVIEWER);
        });
    StageResult revised = latest(candidate, Stage.DOCUMENT_SCREENING);
    Assertions.assertThat(revised.getOutcome()).isEqualTo(Outcome.ACCEPTED);
    Assertions.assertThat(revised.getRevisesId()).isEqualTo(original.getId());
    Assertions.assertThat(revised.getDecidedBy()).isEqualTo(MEMBER);
    Assertions.assertThat(revised.getReason()).contains(COMMISSION_REASON);
    Assertions.assertThat(appealSteps(candidate)).containsExactly("LODGED", "OVERTURNED", "JOURNEY_RESUMED");
    Assertions.assertThat(body(candidate, "Апелляция бойынша шешім")).contains("күшін жойды").contains(COMMISSION_REASON);

    // the auditor sees both runs of the journey and the appeal between them
    List<TrailEvent> trail = auditTrail.of(resumed);
    Assertions.assertThat(trail).filteredOn(e -> e.kind() == TrailEvent.Kind.PROCESS_STARTED).hasSize(3);
    Assertions.assertThat(trail).filteredOn(e -> e.kind() == TrailEvent.Kind.ACTIVITY_ENTERED)
        .extracting(TrailEvent::activityId).contains("Task_DecideAppeal", "Task_ResumeJourney", "EndEvent_DocumentsRejected");

    // and the candidate goes on: the test operator's import reaches the resumed journey
    Cohort cohort = cohorts.find(candidate.getCohortYear());
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(resumed, 77));
    assertThat(journey).isWaitingAt("Task_AwaitRanking");
  }

  @Test
  void aRejectionOverturnedOnceTheTestWindowOpenedGetsAMakeUpSittingWhoseResultMeetsTheDrawnRanking() {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    Application ranked = journeys.awaitingTest(TestApplications.valid(Region.ALMATY), "reviewer.almaty");
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(ranked, 80));
    Application candidate = rejectedAfterTheTestWindow(cohort);
    lodgeAndDecideOverturned(candidate, Stage.DOCUMENT_SCREENING, null);

    LocalDate sitBy = cohort.getTestWindowEnd().plusDays(2 + 30);
    ProcessInstance appeal = appealOf(candidate);
    assertThat(appeal).isWaitingAt("Event_MakeUpSittingClosed");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(appeal.getId()).timers().singleResult()
        .getDuedate()).isEqualTo(CohortCalendar.endOf(sitBy));
    Assertions.assertThat(body(candidate, "Апелляция бойынша шешім")).contains("қосымша сессияда")
        .contains(sitBy.format(ProgrammeClock.DAY));
    Application resumed = reloaded(candidate);
    Assertions.assertThat(resumed.getStatus()).isEqualTo(ApplicationStatus.DOCUMENTS_ACCEPTED);
    Assertions.assertThat(latest(candidate, Stage.APPEAL).getReason()).as("the auditor reads it")
        .endsWith("a make-up test sitting until " + sitBy);

    // the others' ranking is drawn up while the candidate sits the test; the make-up result meets it
    rankingService.propose(cohort.getYear());
    int rankedBefore = ranking.findByCohortYearOrderByPositionAsc(cohort.getYear()).size();
    long sitting = journeys.importScores(cohort.getYear(), cohort.getTestWindowEnd().plusDays(9).toString(),
        Map.of(resumed, 100));
    Assertions.assertThat(imports.rows(sitting)).singleElement()
        .extracting(row -> row.getOutcome()).isEqualTo(TestImportRow.Outcome.ACCEPTED);
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.ADMITTED_TO_TRAINING);
    Assertions.assertThat(latest(candidate, Stage.RANKING).getReason()).contains("additional seat");
    Assertions.assertThat(ranking.findByCohortYearOrderByPositionAsc(cohort.getYear())).hasSize(rankedBefore);
    ProcessInstance journey = journeyOf(candidate);
    journeys.runJobsOf(journey.getId(), "Task_NotifyTestResult", "Task_NotifyAdmitted");
    assertThat(journey).isWaitingAt("Activity_Training");

    // the sitting closes on a candidate with a result: nothing changes for them
    journeys.fireTimer(appeal, "Event_MakeUpSittingClosed");
    journeys.runJobsOf(appeal.getId(), "Task_CloseMakeUpSitting");
    assertThat(appeal).isEnded().hasPassed("EndEvent_MakeUpSittingClosed");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.ADMITTED_TO_TRAINING);
  }

  @Test
  void aMakeUpSittingThatClosesWithoutAResultWithdrawsTheCandidateAsANoShowAndNotBefore() {
    Cohort cohort = cohorts.openOn(LocalDate.now(ProgrammeClock.ZONE)).orElseThrow();
    Application candidate = rejectedAfterTheTestWindow(cohort);
    lodgeAndDecideOverturned(candidate, Stage.DOCUMENT_SCREENING, null);
    LocalDate sitBy = cohort.getTestWindowEnd().plusDays(2 + 30);

    long late = journeys.importScores(cohort.getYear(), sitBy.plusDays(1).toString(), Map.of(reloaded(candidate), 90));
    Assertions.assertThat(imports.rows(late)).singleElement().satisfies(row -> {
      Assertions.assertThat(row.getOutcome()).isEqualTo(TestImportRow.Outcome.REFUSED);
      Assertions.assertThat(row.getReason()).startsWith(ProgrammeClock.DAY.format(sitBy.plusDays(1)) + " күні тестілеу кезеңінен тыс");
    });
    rankingService.withdrawNoShows(cohort.getYear());
    ProcessInstance journey = journeyOf(candidate);
    assertThat(journey).as("the window's close does not count against a make-up sitting")
        .isWaitingAt("Task_AwaitTestResult");

    ProcessInstance appeal = appealOf(candidate);
    journeys.fireTimer(appeal, "Event_MakeUpSittingClosed");
    journeys.runJobsOf(appeal.getId(), "Task_CloseMakeUpSitting");
    assertThat(appeal).isEnded().hasPassed("EndEvent_MakeUpSittingClosed");
    journeys.runJobsOf(journey.getId(), "Task_RecordTestNoShow", "Task_NotifyWithdrawnNoShow");
    assertThat(journey).isEnded().hasPassed("EndEvent_WithdrawnNoShow");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(latest(candidate, Stage.WITHDRAWAL).getOutcome()).isEqualTo(Outcome.TEST_NO_SHOW);
  }

  @Test
  void aTestResultOverturnedBeforeTheRankingJoinsItWithTheScoreTheCommissionFound() {
    Application candidate = failedTheTest(42);
    // the cohort's ranking is not drawn up yet
    transactions.executeWithoutResult(status -> ranking.deleteByCohortYear(candidate.getCohortYear()));
    lodge(candidate, Stage.TEST, "Есептеу қатесі / Ошибка подсчёта баллов");
    Task task = openAppealTask(candidate);
    taskService.claim(task.getId(), MEMBER);
    Assertions.assertThat(assertThrows(FormFieldValidationException.class, () -> taskService.complete(task.getId(),
        decision("overturned", COMMISSION_REASON, null))).<String>getDetail()).isEqualTo(AppealDecisions.REVISED_SCORE);
    Assertions.assertThat(assertThrows(FormFieldValidationException.class, () -> taskService.complete(task.getId(),
        decision("overturned", COMMISSION_REASON, 55))).<String>getDetail()).as("below the pass mark")
        .isEqualTo(AppealDecisions.REVISED_SCORE);
    finishDecision(candidate, task, decision("overturned", COMMISSION_REASON, 71), true);

    ProcessInstance journey = journeyOf(candidate);
    assertThat(journey).isWaitingAt("Task_AwaitRanking");
    Assertions.assertThat(runtimeService.getVariable(journey.getId(), CandidateJourney.TEST_SCORE)).isEqualTo(71);
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.TEST_PASSED);
    Assertions.assertThat(stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId()))
        .filteredOn(r -> r.getStage().equals(Stage.TEST)).extracting(StageResult::getOutcome, StageResult::getScore)
        .containsExactly(Assertions.tuple(Outcome.FAILED, 42), Assertions.tuple(Outcome.PASSED, 71));

    rankingService.propose(candidate.getCohortYear());
    Assertions.assertThat(ranking.findByCohortYearOrderByPositionAsc(candidate.getCohortYear()))
        .filteredOn(entry -> entry.getApplicationId() == candidate.getId()).singleElement()
        .extracting(RankingEntry::getScore).isEqualTo(71);
  }

  @Test
  void aTestResultOverturnedAfterTheRankingIsPlacedAgainstItOnAnAdditionalSeat() {
    Application candidate = failedTheTest(47);
    rankingService.propose(candidate.getCohortYear());
    long ranked = ranking.findByCohortYearOrderByPositionAsc(candidate.getCohortYear()).size();
    lodgeAndDecideOverturned(candidate, Stage.TEST, 100);

    ProcessInstance journey = journeyOf(candidate);
    journeys.runJobsOf(journey.getId(), "Task_NotifyAdmitted");
    assertThat(journey).isWaitingAt("Activity_Training").hasPassed("Task_AwaitRanking", "Gateway_Admitted");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.ADMITTED_TO_TRAINING);
    Assertions.assertThat(latest(candidate, Stage.RANKING)).satisfies(result -> {
      Assertions.assertThat(result.getOutcome()).isEqualTo(Outcome.ADMITTED);
      Assertions.assertThat(result.getReason()).contains("additional seat");
    });
    Assertions.assertThat(ranking.findByCohortYearOrderByPositionAsc(candidate.getCohortYear()))
        .as("the others' ranking is not drawn up again").hasSize((int) ranked);
    Assertions.assertThat(body(candidate, "Сіз оқуға қабылдандыңыз")).contains("балл: 100");
  }

  @Test
  void aFailedLevelOverturnedGoesOnWithTheNextLevel() {
    Mentor mentor = mentors.save(new Mentor("Апелляция Тәлімгер", Region.TURKISTAN, "Mentor school " + System.nanoTime(),
        "Any", "mentor." + System.nanoTime() + "@mentor.example.kz", 5));
    Application candidate = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_Training");
    ProcessInstance training = training(candidate.getProcessInstanceId());
    assignMentor(training, mentor);
    journeys.fireTimer(training, "Event_LevelPeriodEnded");
    assessLevel(training, 40);
    assessLevel(training, 45);
    journeys.runJobsOf(training.getId(), "Task_RecordTrainingFailure", "Task_NotifyWithdrawn");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);

    lodgeAndDecideOverturned(candidate, Stage.TRAINING_BASIC, null);

    ProcessInstance journey = journeyOf(candidate);
    assertThat(journey).isWaitingAt("Activity_Training");
    ProcessInstance again = training(journey.getId());
    assertThat(again).isWaitingAt("Task_AssignMentor");
    assignMentor(again, mentor);
    Assertions.assertThat(runtimeService.getVariable(
        runtimeService.createExecutionQuery().processInstanceId(again.getId()).activityId("Event_LevelPeriodEnded")
            .singleResult().getId(), "level")).as("the basic level counts as passed").isEqualTo("EXPERT");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.ADMITTED_TO_TRAINING);
    Assertions.assertThat(latest(candidate, Stage.TRAINING_BASIC).getOutcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aFailedFinalAssessmentOverturnedGoesOnToTheInterview() {
    Application candidate = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_FinalAssessment");
    ProcessInstance assessment = stages.calledBy(journeyOf(candidate), "final-assessment");
    stages.submitReport(candidate);
    stages.expertReviews(assessment, 50, 55);
    stages.externalConfirms(assessment);
    journeys.runJobsOf(assessment.getId(), "Task_RecordFinalFailure", "Task_NotifyWithdrawn");

    lodge(candidate, Stage.FINAL_ASSESSMENT, "Екі сарапшы бірдей қателесті / Оба эксперта ошиблись");
    Appeal appeal = appeals.findByApplicationIdOrderByLodgedAtAsc(candidate.getId()).get(0);
    Assertions.assertThat(appeal.deciders()).contains("expert.one", "expert.two", "external.reviewer");
    decide(candidate, MEMBER, "overturned", COMMISSION_REASON, null);

    ProcessInstance journey = journeyOf(candidate);
    assertThat(journey).isWaitingAt("Activity_FinalInterview");
    assertThat(stages.calledBy(journey, "final-interview")).isWaitingAt("Task_ScheduleInterview");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.FINAL_ASSESSMENT_PASSED);
    Assertions.assertThat(latest(candidate, Stage.FINAL_ASSESSMENT).getOutcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aFailedInterviewOverturnedEnrolsTheCandidateInTheReserve() {
    Application candidate = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), "Activity_FinalInterview");
    ProcessInstance interview = stages.calledBy(journeyOf(candidate), "final-interview");
    stages.schedule(interview, List.of("commission.member", "commission.second"));
    stages.interviewHeld(interview);
    stages.score(interview, "commission.member", 2);
    stages.score(interview, "commission.second", 3);
    stages.chair(interview, "reject", null);
    journeys.runJobsOf(interview.getId(), "Task_RecordInterviewFailure", "Task_NotifyWithdrawn");

    lodgeAndDecideOverturned(candidate, Stage.INTERVIEW_DECISION, null);
    Assertions.assertThat(appeals.findByApplicationIdOrderByLodgedAtAsc(candidate.getId()).get(0).deciders())
        .contains("commission.chair", "commission.member", "commission.second");

    ProcessInstance journey = journeyOf(candidate);
    journeys.runJobsOf(journey.getId(), "Task_EnrolInReserve", "Task_NotifyReserveEnrolled");
    assertThat(journey).isWaitingAt("Task_AwaitAppointment");
    Assertions.assertThat(reloaded(candidate).getStatus()).isEqualTo(ApplicationStatus.IN_RESERVE);
    Assertions.assertThat(latest(candidate, Stage.INTERVIEW_DECISION)).satisfies(result -> {
      Assertions.assertThat(result.getOutcome()).isEqualTo(Outcome.ADMIT);
      Assertions.assertThat(result.getRevisesId()).isNotNull();
    });
  }

  @Test
  void aCommissionMemberWhoTookTheDecisionCanNeitherClaimNorBeGivenItsAppeal() {
    String decider = accounts.newUser("appeals.reviewer", Role.DOCUMENT_REVIEWERS, Role.APPEALS_COMMISSION);
    identityService.createMembership(decider, Role.DOCUMENT_REVIEWERS.groupFor(Region.TURKISTAN));
    Application candidate = rejectedAtScreening(decider);
    lodge(candidate, Stage.DOCUMENT_SCREENING, REASON);
    Task task = openAppealTask(candidate);

    ResponseEntity<String> claim = http.withBasicAuth(decider, "demo").postForEntity(
        "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", decider), String.class);
    Assertions.assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(claim.getBody()).contains("принял(а) обжалуемое решение");
    Assertions.assertThat(assertThrows(AuthorizationException.class, () -> taskService.setAssignee(task.getId(), decider)))
        .hasMessageContaining("апелляцию решает другой член Апелляционной комиссии");
    Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    ResponseEntity<String> other = http.withBasicAuth(MEMBER, "demo").postForEntity(
        "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", MEMBER), String.class);
    Assertions.assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void wrongAppealsAreRefusedNamingTheField() throws Exception {
    Application candidate = rejectedAtScreening(REVIEWER);

    Assertions.assertThat(lodge("2026-TUR-99999", Stage.DOCUMENT_SCREENING, REASON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    for (String reason : new String[] {"   ", "x".repeat(1901)}) {
      ResponseEntity<String> bad = lodge(candidate, Stage.DOCUMENT_SCREENING, reason);
      Assertions.assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      Assertions.assertThat(bad.getBody()).contains("\"field\":\"reason\"")
          .contains("Напишите, почему решение неверно (1–1900 символов)");
    }
    ResponseEntity<String> internship = lodge(candidate, Stage.INTERNSHIP, REASON);
    Assertions.assertThat(internship.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    Assertions.assertThat(internship.getBody()).contains("\"field\":\"stage\"")
        .contains("Это решение нельзя обжаловать; обжаловать можно решения: «Проверка документов», «Тестирование», "
            + "«Обучение: базовый уровень»");
    ResponseEntity<String> notLatest = lodge(candidate, Stage.TEST, REASON);
    Assertions.assertThat(notLatest.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    Assertions.assertThat(notLatest.getBody())
        .contains("Последнее решение по кандидату — «Проверка документов» (REJECTED)");

    // eleven days after the decision: the window (P10D) has closed
    List<StageResult> decided = stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId());
    for (int i = 0; i < decided.size(); i++) {
      jdbc.update("update stage_result set decided_at = ? where id = ?",
          Timestamp.from(Instant.now().minus(11, ChronoUnit.DAYS).plusSeconds(i)), decided.get(i).getId());
    }
    ResponseEntity<String> late = lodge(candidate, Stage.DOCUMENT_SCREENING, REASON);
    Assertions.assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    Assertions.assertThat(late.getBody()).contains("\"field\":\"stage\"")
        .contains("Срок подачи апелляции на это решение истёк");
    Assertions.assertThat(appeals.findByApplicationIdOrderByLodgedAtAsc(candidate.getId())).isEmpty();

    // the same click twice at once: one appeal
    Application twice = rejectedAtScreening(REVIEWER);
    List<HttpStatus> statuses = AtOnce.run(
        () -> HttpStatus.valueOf(lodge(twice, Stage.DOCUMENT_SCREENING, REASON).getStatusCode().value()),
        () -> HttpStatus.valueOf(lodge(twice, Stage.DOCUMENT_SCREENING, REASON).getStatusCode().value()));
    Assertions.assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    Assertions.assertThat(appeals.findByApplicationIdOrderByLodgedAtAsc(twice.getId())).hasSize(1);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Appeals.PROCESS_KEY)
        .processInstanceBusinessKey(twice.getApplicationNumber()).count()).isEqualTo(1);
  }

  private Application rejectedAtScreening(String reviewer) {
    return rejectedAtScreening(reviewer, () -> { });
  }

  /** Applied in time, but rejected two days after the test window closed (the engine clock moved there). */
  private Application rejectedAfterTheTestWindow(Cohort cohort) {
    return rejectedAtScreening(REVIEWER, () -> ClockUtil.setCurrentTime(Date.from(cohort.getTestWindowEnd()
        .plusDays(2).atTime(12, 0).atZone(ProgrammeClock.ZONE).toInstant())));
  }

  private Application rejectedAtScreening(String reviewer, Runnable beforeTheDecision) {
    Application candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    journeys.runJobs(candidate, "Task_NotifyApplicationReceived", "Task_CheckEligibility");
    beforeTheDecision.run();
    Task screening = taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).singleResult();
    Map<String, Object> rejected = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> rejected.put(item, false));
    rejected.put(CandidateJourney.DOCUMENTS_DECISION, "rejected");
    rejected.put(CandidateJourney.REJECTION_REASON, "Диплом педагогикалық емес / Диплом не педагогический");
    taskService.claim(screening.getId(), reviewer);
    taskService.complete(screening.getId(), rejected);
    journeys.runJobs(candidate, "Task_ScreenDocuments", "Task_NotifyDocumentsRejected");
    assertJourneyEnded(candidate);
    return reloaded(candidate);
  }

  private Application failedTheTest(int score) {
    Application candidate = journeys.awaitingTest(TestApplications.valid(Region.ALMATY), "reviewer.almaty");
    Cohort cohort = cohorts.find(candidate.getCohortYear());
    journeys.importScores(cohort.getYear(), cohort.getTestWindowStart().toString(), Map.of(candidate, score));
    journeys.runJobs(candidate, "Task_NotifyTestResult");
    assertJourneyEnded(candidate);
    return reloaded(candidate);
  }

  private void assertJourneyEnded(Application candidate) {
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).singleResult().getEndTime()).isNotNull();
  }

  private void assignMentor(ProcessInstance training, Mentor mentor) {
    Task assign = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    taskService.claim(assign.getId(), "coordinator");
    taskService.complete(assign.getId(), Map.of("mentorId", mentor.getId(),
        "overrideReason", "Апелляциядан кейін сол тәлімгер / Тот же наставник после апелляции"));
    journeys.runJobsOf(training.getId(), "Task_AssignMentor", "Task_NotifyMentorAssigned");
  }

  private void assessLevel(ProcessInstance training, int score) {
    Task assessment = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    taskService.claim(assessment.getId(), "trainer");
    taskService.complete(assessment.getId(), Map.of("levelScore", score, "levelComment", "observed lesson"));
    journeys.runJobsOf(training.getId(), "Task_AssessLevel", "Task_NotifyLevelResult");
  }

  private ProcessInstance training(String journeyId) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journeyId).singleResult();
  }

  private ResponseEntity<String> lodge(Application candidate, Stage stage, String reason) {
    return lodge(candidate.getApplicationNumber(), stage, reason);
  }

  private ResponseEntity<String> lodge(String number, Stage stage, String reason) {
    return http.withBasicAuth("portal", "demo").postForEntity("/api/applications/" + number + "/appeals",
        Map.of("stage", stage.name(), "reason", reason), String.class);
  }

  private void lodgeAndDecideOverturned(Application candidate, Stage stage, Integer revisedScore) {
    Assertions.assertThat(lodge(candidate, stage, REASON).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    decide(candidate, MEMBER, "overturned", COMMISSION_REASON, revisedScore);
  }

  private Task openAppealTask(Application candidate) {
    ProcessInstance appeal = appealOf(candidate);
    if (managementService.createJobQuery().processInstanceId(appeal.getId()).activityId("Task_NotifyAppealReceived")
        .count() > 0) {
      journeys.runJobsOf(appeal.getId(), "Task_NotifyAppealReceived");
    }
    return taskService.createTaskQuery().processInstanceId(appeal.getId()).singleResult();
  }

  private void decide(Application candidate, String member, String decision, String reason, Integer revisedScore) {
    Task task = openAppealTask(candidate);
    taskService.claim(task.getId(), member);
    finishDecision(candidate, task, decision(decision, reason, revisedScore), "overturned".equals(decision));
  }

  private void finishDecision(Application candidate, Task task, Map<String, Object> form, boolean overturned) {
    taskService.complete(task.getId(), form);
    String appeal = task.getProcessInstanceId();
    journeys.runJobsOf(appeal, "Task_DecideAppeal");
    if (overturned) {
      journeys.runJobsOf(appeal, "Task_ResumeJourney");
    }
    journeys.runJobsOf(appeal, "Task_NotifyAppealDecided");
  }

  private static Map<String, Object> decision(String decision, String reason, Integer revisedScore) {
    Map<String, Object> form = new HashMap<>();
    form.put(AppealDecisions.DECISION, decision);
    form.put(AppealDecisions.DECISION_REASON, reason);
    form.put(AppealDecisions.REVISED_SCORE, revisedScore);
    return form;
  }

  private ProcessInstance appealOf(Application candidate) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Appeals.PROCESS_KEY)
        .processInstanceBusinessKey(candidate.getApplicationNumber()).active().list().stream()
        .reduce((first, second) -> second).orElseThrow();
  }

  private ProcessInstance journeyOf(Application candidate) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CandidateJourney.PROCESS_KEY)
        .processInstanceBusinessKey(candidate.getApplicationNumber()).singleResult();
  }

  private Application reloaded(Application candidate) {
    return applications.findById(candidate.getId()).orElseThrow();
  }

  private StageResult latest(Application candidate, Stage stage) {
    return stageResults.findFirstByApplicationIdAndStageOrderByDecidedAtDescIdDesc(candidate.getId(), stage).orElseThrow();
  }

  private ProgrammeReport.AppealFigures screeningAppeals(Application candidate) {
    return programmeReport.appeals(candidate.getCohortYear()).stages().stream()
        .filter(stage -> stage.stage().equals(Stage.DOCUMENT_SCREENING.name())).findFirst()
        .orElse(new ProgrammeReport.AppealFigures(Stage.DOCUMENT_SCREENING.name(), "", 0, 0, 0, 0, null));
  }

  private List<String> appealSteps(Application candidate) {
    return stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId()).stream()
        .filter(r -> r.getStage() == Stage.APPEAL).map(r -> r.getOutcome().stored()).toList();
  }

  private static String body(Application candidate, String subjectStart) {
    MimeMessage mail = TestMailServer.mailsTo(candidate.getEmail()).stream()
        .filter(m -> TestMailServer.subject(m).startsWith(subjectStart)).reduce((first, second) -> second).orElseThrow();
    return TestMailServer.body(mail);
  }
}
