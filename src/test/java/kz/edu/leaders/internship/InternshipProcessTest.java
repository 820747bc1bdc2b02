package kz.edu.leaders.internship;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestAccounts;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestInternships;
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
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorMatching;
import kz.edu.leaders.training.MentorRegistry;
import kz.edu.leaders.training.MentorRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The internship process on its own, started as the journey starts it: placement and its rules,
 * the report API, the host school's evaluation, the mentor's sign-off and the escalations of late
 * steps. After the last test every element of the model must have been walked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternshipProcessTest {

  @Autowired
  ApplicationService applicationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  MentorRepository mentors;
  @Autowired
  MentorMatching mentorMatching;
  @Autowired
  InternshipPlacements placements;
  @Autowired
  InternshipPeriodRepository periods;
  @Autowired
  SchoolRepository schools;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TestInternships internships;
  @Autowired
  TestJourneys journeys;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestAccounts accounts;
  @Autowired
  SchoolRegistry hostSchools;
  @Autowired
  MentorRegistry mentorRegistry;

  private Date classStarted;
  private Application candidate;
  private Mentor mentor;

  @BeforeAll
  void startCounting() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
  }

  @AfterAll
  void everyElementOfTheInternshipWasWalked() {
    WalkedElements.assertEveryElementWalked(repositoryService, historyService, Internship.PROCESS_KEY, classStarted);
  }

  @BeforeEach
  void trainedCandidateWithAMentor() {
    candidate = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    mentor = mentors.save(new Mentor("Тест Тәлімгер", Region.TURKISTAN, "Mentor school " + System.nanoTime(), "Any",
        "mentor." + System.nanoTime() + "@mentor.example.kz", 1));
    mentorMatching.choose(candidate.getId(), mentor.getId(), "Chosen for the internship test", "coordinator");
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void aPlacedInternReportsIsEvaluatedAndSignedOffOnceEnoughMeetingsAreLogged() throws Exception {
    InternshipPeriod period = internships.periodStartingTomorrow(Region.TURKISTAN, 2);
    String schoolAccount = accounts.newUser("school", Role.HOST_SCHOOLS);
    hostSchools.link(period.getHostSchool().getId(), schoolAccount);
    String mentorAccount = accounts.newUser("mentor", Role.MENTORS);
    mentorRegistry.link(mentor.getId(), mentorAccount);
    ProcessInstance internship = start();
    Task placement = internships.openTask(internship, "Task_PlaceIntern");
    String proposals = (String) taskService.getVariableLocal(placement.getId(), Internship.PROPOSALS);
    Assertions.assertThat(proposals).contains("| " + period.getId() + " | " + period.getHostSchool().getName());
    // leaders.internship.placement-time unset: five days, as the model said before it was a setting
    Assertions.assertThat(placement.getDueDate())
        .isCloseTo(new Date(placement.getCreateTime().getTime() + Duration.ofDays(5).toMillis()), 5_000);

    internships.place(internship, period.getId());
    Assertions.assertThat(periods.findById(period.getId()).orElseThrow().getPlacesTaken()).isOne();
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.INTERNSHIP);
    Assertions.assertThat(mail("Место стажировки", "Тағылымдама орны")).contains(period.getStartsOn().format(ProgrammeClock.DAY));

    String reportPath = "/api/applications/" + candidate.getApplicationNumber() + "/internship-report";
    var early = http.withBasicAuth("portal", "demo").postForEntity(reportPath,
        Map.of("report", TestInternships.REPORT), String.class);
    Assertions.assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(early.getBody()).contains("его принимают после окончания периода стажировки");
    Assertions.assertThat(placements.of(candidate.getId()).orElseThrow().getReport()).as("nothing half-written").isNull();

    internships.periodEnds(internship);
    assertThat(internship).isWaitingAt("Task_AwaitInternshipReport");
    var tooShort = http.withBasicAuth("portal", "demo").postForEntity(reportPath, Map.of("report", "Done."),
        String.class);
    Assertions.assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(tooShort.getBody()).contains("\"field\":\"report\"", "Отчёт должен содержать от ")
        .contains("символов (сейчас 5)");
    Assertions.assertThat(http.withBasicAuth("mentor", "demo").postForEntity(reportPath,
        Map.of("report", TestInternships.REPORT), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(reportPath,
        Map.of("report", TestInternships.REPORT), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(reportPath,
        Map.of("report", TestInternships.REPORT), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Task evaluation = internships.openTask(internship, "Task_EvaluateInternship");
    Assertions.assertThat(taskService.getVariableLocal(evaluation.getId(), "candidateReport"))
        .isEqualTo(TestInternships.REPORT.strip());
    Assertions.assertThat(evaluation.getAssignee()).as("in the linked school's own list").isEqualTo(schoolAccount);
    Assertions.assertThat(taskService.getIdentityLinksForTask(evaluation.getId()))
        .as("no other host school sees the intern's report").noneMatch(link -> link.getGroupId() != null
            && !link.getGroupId().equals(Role.TRAINING_COORDINATORS.groupId()));
    internships.logMeetings(candidate, 2);
    internships.evaluate(internship, 75);

    Task signOff = internships.openTask(internship, "Task_SignOffInternship");
    Assertions.assertThat(taskService.getVariablesLocal(signOff.getId()))
        .containsEntry(Internship.MEETINGS_HELD, 2L).containsEntry(Internship.MEETINGS_REQUIRED, 6);
    Assertions.assertThat(signOff.getAssignee()).as("in the linked mentor's own list").isEqualTo(mentorAccount);
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(signOff.getId(), Map.of(Internship.SIGN_OFF_CONFIRMED, true))))
        .hasMessageContaining("нужно не менее 6 встреч с наставником, записано: 2");
    internships.logMeetings(candidate, 4);
    internships.signOff(internship);

    assertThat(internship).isEnded().hasPassed("Gateway_InternshipPassed", "EndEvent_InternshipCompleted");
    Assertions.assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(internship.getId()).count())
        .isZero();
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.INTERNSHIP_COMPLETED);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getOutcome, StageResult::getScore,
            StageResult::getDecidedBy)
        .contains(Assertions.tuple(Stage.INTERNSHIP, Outcome.PASSED, 75, schoolAccount),
            Assertions.tuple(Stage.INTERNSHIP_SIGN_OFF, Outcome.SIGNED_OFF, null, mentorAccount));
    Assertions.assertThat(results()).filteredOn(r -> r.getStage().equals(Stage.INTERNSHIP)).singleElement()
        .satisfies(r -> Assertions.assertThat(r.getRuleId()).isEqualTo("pass-marks"));
    Assertions.assertThat(mentors.findById(mentor.getId()).orElseThrow().getActiveTrainees())
        .as("the mentoring ended with the internship").isZero();
    Assertions.assertThat(mail("Стажировка завершена", "Тағылымдама аяқталды")).contains("<b>75</b>");
  }

  @Test
  void aReportBelowThePassMarkEndsTheProgrammeAndThePlaceOfAPastPeriodStaysUsed() {
    InternshipPeriod period = internships.periodStartingTomorrow(Region.TURKISTAN, 1);
    ProcessInstance internship = start();
    internships.place(internship, period.getId());
    internships.periodEnds(internship);
    internships.submitReport(candidate);
    internships.evaluate(internship, 59);
    journeys.runJobsOf(internship.getId(), "Task_RecordInternshipFailure", "Task_NotifyWithdrawn");

    assertThat(internship).isEnded().hasPassed("EndEvent_InternshipFailed").hasNotPassed("Task_SignOffInternship");
    Assertions.assertThat(reloaded().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(periods.findById(period.getId()).orElseThrow().getPlacesTaken()).isOne();
    Assertions.assertThat(mentors.findById(mentor.getId()).orElseThrow().getActiveTrainees()).isZero();
  }

  @Test
  void lateStepsAreEscalatedToEveryCoordinatorAndStayOpen() throws Exception {
    String coordinatorMail = identityService.createUserQuery().userId("coordinator").singleResult().getEmail();
    ProcessInstance internship = start();
    internships.place(internship, internships.periodStartingTomorrow(Region.TURKISTAN, 1).getId());
    internships.periodEnds(internship);

    int before = TestMailServer.mailsTo(coordinatorMail).size();
    journeys.fireTimer(internship, "Event_ReportOverdue");
    journeys.runJobsOf(internship.getId(), "Task_EscalateReportOverdue");
    assertThat(internship).isWaitingAt("Task_AwaitInternshipReport");
    internships.submitReport(candidate);
    journeys.fireTimer(internship, "Event_EvaluationOverdue");
    journeys.runJobsOf(internship.getId(), "Task_EscalateEvaluationOverdue");
    internships.evaluate(internship, 90);
    journeys.fireTimer(internship, "Event_SignOffOverdue");
    journeys.runJobsOf(internship.getId(), "Task_EscalateSignOffOverdue");
    assertThat(internship).isWaitingAt("Task_SignOffInternship");

    var escalations = TestMailServer.mailsTo(coordinatorMail).subList(before,
        TestMailServer.mailsTo(coordinatorMail).size());
    Assertions.assertThat(escalations).hasSize(3).allSatisfy(mail -> Assertions.assertThat(
        TestMailServer.subject(mail)).contains(candidate.getApplicationNumber()));
    Assertions.assertThat(TestMailServer.body(escalations.get(0))).contains("не отправил отчёт");
    Assertions.assertThat(TestMailServer.body(escalations.get(1))).contains("не оценила отчёт");
    Assertions.assertThat(TestMailServer.body(escalations.get(2))).contains("не подтвердил стажировку");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFormOffersTheProposalsThenOtherOpenPeriodsAndSubmitsTheChosenIdAsText() {
    InternshipPeriod near = internships.periodStartingTomorrow(Region.TURKISTAN, 2);
    School farAway = schools.save(School.hostingInterns("Алыс мектеп " + System.nanoTime(), Region.ULYTAU, "Жезқазған",
        "far.form@test.example.kz"));
    InternshipPeriod far = periods.save(new InternshipPeriod(farAway,
        LocalDate.now(ProgrammeClock.ZONE).plusDays(400),
        LocalDate.now(ProgrammeClock.ZONE).plusDays(420), 1));
    ProcessInstance internship = start();
    Task placement = internships.openTask(internship, "Task_PlaceIntern");

    List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(placement.getId(),
        Internship.OPTIONS);
    List<String> proposed = placements.propose(candidate.getId()).stream().map(p -> String.valueOf(p.getId())).toList();
    Assertions.assertThat(proposed).contains(String.valueOf(near.getId()));
    Assertions.assertThat(options).extracting(o -> o.get("value")).startsWith(proposed.toArray(String[]::new))
        .contains(String.valueOf(far.getId())).doesNotHaveDuplicates();
    Assertions.assertThat(options).filteredOn(o -> o.get("value").equals(String.valueOf(far.getId()))).singleElement()
        .satisfies(o -> Assertions.assertThat(o.get("label")).startsWith("Басқа, себебімен / Другой, с причиной: Алыс мектеп")
            .contains("бос орын / мест: 1"));
    Assertions.assertThat(runtimeService.getVariable(internship.getId(), Internship.OPTIONS)).isNull();

    taskService.claim(placement.getId(), "coordinator");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(placement.getId(), Map.of("periodId", "999999999")))).hasMessageContaining("Выбранный период стажировки не найден");
    taskService.complete(placement.getId(), Map.of("periodId", String.valueOf(near.getId()), "overrideReason", ""));

    InternshipPlacement placed = placements.of(candidate.getId()).orElseThrow();
    Assertions.assertThat(placed.getPeriodId()).isEqualTo(near.getId());
    Assertions.assertThat(placed.isProposed()).isTrue();
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(internship.getId())
        .variableName(Internship.OPTIONS).count()).as("never in history").isZero();
  }

  @Test
  void theCandidatesOwnSchoolAnotherSchoolsAccountAndAnUnexplainedOverrideAreRefused() {
    School ownSchool = schools.save(School.hostingInterns(" кентау,  №5 мектеп-лицей ", Region.TURKISTAN, "Кентау",
        "own@test.example.kz"));
    InternshipPeriod ownPeriod = periods.save(new InternshipPeriod(ownSchool,
        LocalDate.now(ProgrammeClock.ZONE).plusDays(3),
        LocalDate.now(ProgrammeClock.ZONE).plusDays(20), 5));
    Assertions.assertThat(placements.propose(candidate.getId())).noneMatch(p -> p.getId().equals(ownPeriod.getId()));
    Assertions.assertThatThrownBy(() -> placements.choose(candidate.getId(), ownPeriod.getId(),
        "She knows the school best", "coordinator")).hasMessageContaining("(конфликт интересов)");

    School farAway = schools.save(School.hostingInterns("Ұлытау гимназиясы " + System.nanoTime(), Region.ULYTAU,
        "Жезқазған", "far@test.example.kz"));
    String someoneElse = accounts.newUser("someone.else", Role.HOST_SCHOOLS);
    hostSchools.link(farAway.getId(), someoneElse);
    InternshipPeriod late = periods.save(new InternshipPeriod(farAway,
        LocalDate.now(ProgrammeClock.ZONE).plusDays(300),
        LocalDate.now(ProgrammeClock.ZONE).plusDays(320), 1));
    ProcessInstance internship = start();
    Task placement = internships.openTask(internship, "Task_PlaceIntern");
    taskService.claim(placement.getId(), "coordinator");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(placement.getId(), Map.of("periodId", late.getId()))))
        .hasMessageContaining("Напишите, почему выбор не из предложенных (не менее 10 символов)");
    Assertions.assertThat(periods.findById(late.getId()).orElseThrow().getPlacesTaken()).isZero();
    taskService.complete(placement.getId(), Map.of("periodId", late.getId(), "overrideReason",
        "The candidate moves to Ulytau next year"));
    Assertions.assertThat(placements.of(candidate.getId()).orElseThrow().getOverrideReason())
        .isEqualTo("The candidate moves to Ulytau next year");

    journeys.runJobsOf(internship.getId(), "Task_PlaceIntern", "Task_NotifyInternshipPlaced");
    internships.periodEnds(internship);
    internships.submitReport(candidate);
    Task evaluation = internships.openTask(internship, "Task_EvaluateInternship");
    Assertions.assertThat(evaluation.getAssignee()).as("in the school's own list").isEqualTo(someoneElse);
    taskService.setAssignee(evaluation.getId(), "host.school");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(evaluation.getId(), Map.of(Internship.SCORE, 80))))
        .hasMessageContaining("Этот шаг записывает только Ұлытау гимназиясы");
  }

  @Test
  void withNoAccountLinkedTheEvaluationAndSignOffGoToTheCoordinatorsNotToEveryHostSchoolOrMentor() {
    ProcessInstance internship = start();
    InternshipPeriod period = internships.periodStartingTomorrow(Region.TURKISTAN, 1);
    internships.place(internship, period.getId());
    internships.periodEnds(internship);
    internships.submitReport(candidate);

    Task evaluation = internships.openTask(internship, "Task_EvaluateInternship");
    Assertions.assertThat(evaluation.getAssignee()).isNull();
    Assertions.assertThat(taskService.getIdentityLinksForTask(evaluation.getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .containsExactly(Role.TRAINING_COORDINATORS.groupId());
    // in the Description tab, in Kazakh and Russian like the task's own description below it
    Assertions.assertThat(evaluation.getDescription())
        .startsWith(period.getHostSchool().getName() + ": есептік жазбасы байланыстырылмаған")
        .contains("учётная запись не связана, поэтому задача у Координаторов обучения")
        .doesNotContain("has no linked account");
    taskService.claim(evaluation.getId(), "host.school");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(evaluation.getId(), Map.of(Internship.SCORE, 80))))
        .hasMessageContaining("этот шаг записывают только Координаторы обучения");
    taskService.setAssignee(evaluation.getId(), null);
    internships.evaluate(internship, 80);

    internships.logMeetings(candidate, 6);
    Task signOff = internships.openTask(internship, "Task_SignOffInternship");
    Assertions.assertThat(taskService.getIdentityLinksForTask(signOff.getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .containsExactly(Role.TRAINING_COORDINATORS.groupId());
    taskService.claim(signOff.getId(), "mentor");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(signOff.getId(), Map.of(Internship.SIGN_OFF_CONFIRMED, true))))
        .hasMessageContaining("этот шаг записывают только Координаторы обучения");
    taskService.setAssignee(signOff.getId(), null);
    internships.signOff(internship);
    Assertions.assertThat(results()).extracting(StageResult::getStage, StageResult::getDecidedBy)
        .contains(Assertions.tuple(Stage.INTERNSHIP, "coordinator"), Assertions.tuple(Stage.INTERNSHIP_SIGN_OFF, "coordinator"));
  }

  @Test
  void twoCoordinatorsTakingAPeriodsLastPlaceAtOnceNeverOverfillIt() throws Exception {
    InternshipPeriod lastPlace = internships.periodStartingTomorrow(Region.TURKISTAN, 1);
    Application other = applicationService.submit(TestApplications.valid(Region.TURKISTAN));
    List<Boolean> placed = AtOnce.run(() -> place(candidate, lastPlace), () -> place(other, lastPlace));

    Assertions.assertThat(placed).containsExactlyInAnyOrder(true, false);
    Assertions.assertThat(periods.findById(lastPlace.getId()).orElseThrow().getPlacesTaken()).isOne();
    Application loser = placed.get(0) ? other : candidate;
    Assertions.assertThat(placements.of(loser.getId())).isEmpty();
  }

  @Test
  void coordinatorsKeepTheRegistryAndBadPeriodsAreRefusedNamingTheField() {
    var created = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools",
        Map.of("name", "Гимназия №7", "region", "KARAGANDA", "settlement", "Караганда", "email", "g7@example.kz"),
        Map.class);
    Assertions.assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number id = (Number) created.getBody().get("id");
    var backwards = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools/" + id + "/periods",
        Map.of("startsOn", "2027-03-01", "endsOn", "2027-02-01", "places", 3), String.class);
    Assertions.assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(backwards.getBody()).contains("\"field\":\"endsOn\"")
        .contains("Период стажировки должен заканчиваться позже даты начала");
    Assertions.assertThat(http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools/" + id
        + "/periods", Map.of("startsOn", "2027-02-01", "endsOn", "2027-03-01", "places", 3), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(http.withBasicAuth("trainer", "demo").postForEntity("/api/host-schools",
        Map.of("name", "X", "region", "KARAGANDA", "settlement", "Y", "email", "x@example.kz"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var past = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools/" + id + "/periods",
        Map.of("startsOn", LocalDate.now(new ProgrammeClock()).minusDays(1).toString(), "endsOn", "2027-03-01", "places", 3),
        String.class);
    Assertions.assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(past.getBody()).contains("\"field\":\"startsOn\"")
        .contains("Период стажировки должен начинаться не раньше сегодняшнего дня");
    var badMail = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools", Map.of("name", "Y",
        "region", "KARAGANDA", "settlement", "Y", "email", "<script>alert(1)</script>@x.kz"), String.class);
    Assertions.assertThat(badMail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(badMail.getBody()).contains("\"field\":\"email\"");
    Assertions.assertThat(periods.findByHostSchool_IdOrderByStartsOnAsc(id.longValue())).hasSize(1);
    Assertions.assertThat(http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools/999999/periods",
        Map.of("startsOn", "2027-02-01", "endsOn", "2027-03-01", "places", 3), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Assertions.assertThat(http.withBasicAuth("trainer", "demo").getForEntity("/api/host-schools", String.class)
        .getBody()).contains("Гимназия №7").contains("2027-02-01");
  }

  private boolean place(Application each, InternshipPeriod period) {
    try {
      placements.choose(each.getId(), period.getId(), null, "coordinator");
      return true;
    } catch (FieldRefused full) {
      return false;
    }
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(Internship.PROCESS_KEY, candidate.getApplicationNumber(),
        candidate.journeyVariables());
  }

  private Application reloaded() {
    return applications.findById(candidate.getId()).orElseThrow();
  }

  private List<StageResult> results() {
    return stageResults.findByApplicationIdOrderByDecidedAtAsc(candidate.getId());
  }

  private String mail(String... subjectStarts) {
    return TestMailServer.mailsTo(candidate.getEmail()).stream()
        .filter(m -> java.util.Arrays.stream(subjectStarts).anyMatch(TestMailServer.subject(m)::startsWith))
        .map(TestMailServer::body).findFirst().orElseThrow();
  }
}
