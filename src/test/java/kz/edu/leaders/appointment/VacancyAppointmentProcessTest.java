package kz.edu.leaders.appointment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.AtOnce;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WalkedElements;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.reserve.Reserve;
import kz.edu.leaders.reserve.ReserveMembership;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every path of vacancy-appointment, the shortlist rules, the deadline by the engine clock, and the
 * concurrency rules: never two open offers for one reservist, never two appointments. Each test works
 * in regions of its own, so reservists of other tests never enter its shortlists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacancyAppointmentProcessTest {

  private static final CurrentUser ADMIN = new CurrentUser("admin", Set.of(Role.ADMINISTRATORS.groupId()));

  @Autowired
  Appointments appointments;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  SchoolRepository schools;
  @Autowired
  VacancyRepository vacancies;
  @Autowired
  VacancyOfferRepository offers;
  @Autowired
  Reserve reserve;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository results;
  @Autowired
  TestFinalStages stages;
  @Autowired
  TestJourneys journeys;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TestRestTemplate http;

  private Date classStarted;

  @BeforeAll
  void startCounting() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
  }

  @AfterAll
  void everyElementWasWalked() {
    WalkedElements.assertEveryElementWalked(repositoryService, historyService, VacancyAppointment.PROCESS_KEY,
        classStarted);
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void theRegionComesFirstThenThoseWhoWouldMoveAndAKeleshekSchoolTakesTheHighestRanked() {
    Application local = stages.reservist(TestApplications.valid(Region.PAVLODAR), 70);
    Application bestLocal = stages.reservist(TestApplications.valid(Region.PAVLODAR), 85);
    Application mover = stages.reservist(TestApplications.valid(Region.MANGYSTAU), 95);
    Application stayer = stages.reservist(TestApplications.valid(Region.MANGYSTAU), 99);
    reserve.declareRelocation(mover.getId(), true);

    Vacancy ordinary = appointments.register(school(Region.PAVLODAR, false).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);
    Vacancy keleshek = appointments.register(school(Region.PAVLODAR, true).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);

    Assertions.assertThat(numbers(ordinary)).containsSubsequence(bestLocal.getApplicationNumber(),
        local.getApplicationNumber(), mover.getApplicationNumber()).doesNotContain(stayer.getApplicationNumber());
    Assertions.assertThat(numbers(keleshek)).containsSubsequence(mover.getApplicationNumber(),
        bestLocal.getApplicationNumber(), local.getApplicationNumber()).doesNotContain(stayer.getApplicationNumber());
    Assertions.assertThat(appointments.shortlistFor(ordinary.getId()).rule()).startsWith("shortlist-priority v");
    Task choice = choiceTask(ordinary);
    Assertions.assertThat(taskService.getIdentityLinksForTask(choice.getId())).extracting(link -> link.getGroupId())
        .containsExactly("regional-hr-pavlodar");
    Assertions.assertThat((String) taskService.getVariableLocal(choice.getId(), VacancyAppointment.SHORTLIST))
        .contains(bestLocal.getApplicationNumber(), bestLocal.getName().fullName());

    // the form: HR picks from the shortlist, in its order; nothing else is accepted
    @SuppressWarnings("unchecked")
    List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(choice.getId(),
        VacancyAppointment.OPTIONS);
    Assertions.assertThat(options).extracting(o -> o.get("value")).containsExactlyElementsOf(numbers(ordinary));
    Assertions.assertThat(options).filteredOn(o -> o.get("value").equals(bestLocal.getApplicationNumber()))
        .singleElement().satisfies(o -> Assertions.assertThat(o.get("label")).contains(bestLocal.getName().fullName()));
    Assertions.assertThat(runtimeService.getVariable(process(ordinary).getId(), VacancyAppointment.OPTIONS)).isNull();
    claimed(choice, "hr.pavlodar");
    Assertions.assertThatThrownBy(() -> taskService.complete(choice.getId(), Map.of("hrChoice", "offer",
        "chosenApplicationNumber", stayer.getApplicationNumber()))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("нет в коротком списке; выберите резервиста из короткого списка");
    taskService.complete(choice.getId(), Map.of("hrChoice", "offer", "chosenApplicationNumber",
        options.get(0).get("value")));
    Assertions.assertThat(runtimeService.getVariable(process(ordinary).getId(), CandidateJourney.APPLICATION_NUMBER.name()))
        .isEqualTo(bestLocal.getApplicationNumber());
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(process(ordinary).getId()).variableName(VacancyAppointment.OPTIONS).count()).isZero();
  }

  @Test
  void theReservistAcceptsHrRecordsTheOrderAndTheJourneyCompletesAsAppointed() {
    Application reservist = stages.reservist(TestApplications.valid(Region.AKMOLA), 88);
    String certificate = reserve.of(reservist.getId()).getCertificateNumber();
    Vacancy vacancy = appointments.register(school(Region.AKMOLA, false).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);
    ProcessInstance process = process(vacancy);
    offer(vacancy, reservist);
    assertThat(process).isWaitingAt("Task_AwaitAnswer");
    Assertions.assertThat(mailBody(reservist, "Сізге басшылық лауазым ұсынылады")).contains("Мектеп директоры")
        .containsPattern("порталда \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} дейін");

    String answer = "/api/applications/" + reservist.getApplicationNumber() + "/offer-answer";
    var missing = http.withBasicAuth("portal", "demo").postForEntity(answer, Map.of(), String.class);
    Assertions.assertThat(missing.getBody()).contains("\"field\":\"accept\"");
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(answer, Map.of("accept", true),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(http.withBasicAuth("portal", "demo").postForEntity(answer, Map.of("accept", true),
        String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Task order = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    Assertions.assertThat(order.getTaskDefinitionKey()).isEqualTo("Task_RecordAppointmentOrder");
    taskService.claim(order.getId(), "hr.akmola");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class, () -> taskService.complete(order.getId(),
        Map.of("orderNumber", "17-к", "orderDate", today().plusDays(3).toString())))).hasMessageContaining("Дата приказа не может быть позже сегодняшнего дня");
    taskService.complete(order.getId(), Map.of("orderNumber", "17-к", "orderDate", today().toString()));
    journeys.runJobsOf(process.getId(), "Task_RecordAppointmentOrder", "Task_CloseReserveJourney",
        "Task_NotifyAppointed");

    assertThat(process).isEnded().hasPassedInOrder("Task_ChooseReservist", "Task_NotifyOffer", "Task_AwaitAnswer",
        "Task_RecordAppointmentOrder", "Task_CloseReserveJourney", "Task_NotifyAppointed", "EndEvent_Appointed");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(reservist.getProcessInstanceId()).count()).as("the journey completed").isZero();
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(reservist.getProcessInstanceId()).activityId("EndEvent_Appointed").count()).isOne();
    Assertions.assertThat(reserve.of(reservist.getId()).getStatus()).isEqualTo(ReserveMembership.Status.APPOINTED);
    Assertions.assertThat(applications.findById(reservist.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.APPOINTED);
    Vacancy closed = vacancies.findById(vacancy.getId()).orElseThrow();
    Assertions.assertThat(closed.getStatus()).isEqualTo(Vacancy.Status.APPOINTED);
    Assertions.assertThat(closed.getOrderNumber()).isEqualTo("17-к");
    Assertions.assertThat(results.findByApplicationIdOrderByDecidedAtAsc(reservist.getId()))
        .filteredOn(r -> r.getStage() == Stage.APPOINTMENT).singleElement().satisfies(r -> {
          Assertions.assertThat(r.getOutcome()).isEqualTo(Outcome.DIRECTOR);
          Assertions.assertThat(r.getDecidedBy()).isEqualTo("hr.akmola");
          Assertions.assertThat(r.getReason()).contains("order 17-к");
        });
    Assertions.assertThat(http.getForEntity("/verify/" + certificate, String.class).getBody())
        .contains("Лауазымға тағайындалды / Назначен(а) на должность");
    Assertions.assertThat(mailBody(reservist, "Сіз лауазымға тағайындалдыңыз")).contains("17-к");
  }

  @Test
  void aDeclinedAndALapsedOfferGoToTheNextChoiceAndAtLastTheOrdinaryCompetition() {
    Application declines = stages.reservist(TestApplications.valid(Region.AKTOBE), 90);
    Application silent = stages.reservist(TestApplications.valid(Region.AKTOBE), 80);
    Vacancy vacancy = appointments.register(school(Region.AKTOBE, false).getId(), LeadershipPost.DEPUTY_DIRECTOR,
        today(), ADMIN);
    ProcessInstance process = process(vacancy);

    offer(vacancy, declines);
    appointments.answer(declines.getApplicationNumber(), false);
    assertThat(process).isWaitingAt("Task_ChooseReservist");
    Assertions.assertThat(numbers(vacancy)).doesNotContain(declines.getApplicationNumber())
        .contains(silent.getApplicationNumber());

    offer(vacancy, silent);
    journeys.fireTimer(process, "Event_AnswerDeadline");
    journeys.runJobsOf(process.getId(), "Task_ExpireOffer");
    assertThat(process).isWaitingAt("Task_ChooseReservist");
    Assertions.assertThatThrownBy(() -> appointments.answer(silent.getApplicationNumber(), true))
        .hasMessageContaining("По заявке " + silent.getApplicationNumber() + " нет предложения, ожидающего ответа");
    Assertions.assertThat(offers.findByVacancyId(vacancy.getId())).extracting(VacancyOffer::getStatus)
        .containsExactlyInAnyOrder(VacancyOffer.Status.DECLINED, VacancyOffer.Status.EXPIRED);

    Task choice = choiceTask(vacancy);
    taskService.claim(choice.getId(), "hr.aktobe");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class,
        () -> taskService.complete(choice.getId(), Map.of("hrChoice", "competition"))))
        .hasMessageContaining("Напишите, почему должность передаётся на конкурс (10–500 символов)");
    taskService.complete(choice.getId(), Map.of("hrChoice", "competition",
        "competitionNote", "Both reservists turned the post down"));
    journeys.runJobsOf(process.getId(), "Task_ChooseReservist");

    assertThat(process).isEnded().hasPassed("EndEvent_ToCompetition", "Task_ExpireOffer");
    Vacancy closed = vacancies.findById(vacancy.getId()).orElseThrow();
    Assertions.assertThat(closed.getStatus()).isEqualTo(Vacancy.Status.COMPETITION);
    Assertions.assertThat(closed.getClosingNote()).startsWith("Both reservists turned the post down");
    Assertions.assertThat(reserve.of(silent.getId()).getStatus()).isEqualTo(ReserveMembership.Status.VALID);
    Assertions.assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/applications/"
        + declines.getApplicationNumber(), String.class).getBody()).contains("\"kind\":\"OFFER\"",
        "vacancy " + vacancy.getId() + " (DEPUTY_DIRECTOR", ": declined", "\"who\":\"hr.aktobe\"");
    Assertions.assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/applications/"
        + silent.getApplicationNumber(), String.class).getBody()).contains(": no answer by the deadline");
  }

  @Test
  void aReservistWhoLeavesFreesTheOfferAndHrChoosesAgain() {
    Application waiting = stages.reservist(TestApplications.valid(Region.ZHAMBYL), 91);
    Application accepted = stages.reservist(TestApplications.valid(Region.ZHAMBYL), 89);
    Vacancy vacancy = appointments.register(school(Region.ZHAMBYL, false).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);
    ProcessInstance process = process(vacancy);

    offer(vacancy, waiting);
    leaves(waiting);
    assertThat(process).as("back to HR at once, not at the deadline").isWaitingAt("Task_ChooseReservist");
    Assertions.assertThat(numbers(vacancy)).doesNotContain(waiting.getApplicationNumber());

    offer(vacancy, accepted);
    appointments.answer(accepted.getApplicationNumber(), true);
    leaves(accepted);
    Task order = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    taskService.claim(order.getId(), "hr.zhambyl");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class, () -> taskService.complete(order.getId(),
        Map.of("orderOutcome", "appointed", "orderNumber", "5-к", "orderDate", today().toString()))))
        .hasMessageContaining("Резервиста больше нет в кадровом резерве");
    Assertions.assertThat(assertThrows(FormFieldValidationException.class, () -> taskService.complete(order.getId(),
        Map.of("orderOutcome", "unavailable")))).hasMessageContaining("Напишите, почему резервист не может занять должность");
    taskService.complete(order.getId(), Map.of("orderOutcome", "unavailable",
        "unavailableNote", "Left the programme before the order was signed"));
    journeys.runJobsOf(process.getId(), "Task_RecordAppointmentOrder");

    assertThat(process).isWaitingAt("Task_ChooseReservist").hasPassed("Gateway_OrderOutcome");
    Assertions.assertThat(offers.findByVacancyId(vacancy.getId())).extracting(VacancyOffer::getStatus)
        .containsOnly(VacancyOffer.Status.RELEASED);
    Assertions.assertThat(vacancies.findById(vacancy.getId()).orElseThrow().getStatus()).isEqualTo(Vacancy.Status.OPEN);
    Application next = stages.reservist(TestApplications.valid(Region.ZHAMBYL), 80);
    offer(vacancy, next);
    Assertions.assertThat(runtimeService.getVariables(process.getId()))
        .as("the next offer's order form starts empty").doesNotContainKeys("orderOutcome", "unavailableNote");
  }

  @Test
  void aReservistIsNeverOfferedTwoPostsAtOnceNorAppointedTwice() throws Exception {
    Application wanted = stages.reservist(TestApplications.valid(Region.KOSTANAY), 97);
    Vacancy first = appointments.register(school(Region.KOSTANAY, false).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);
    Vacancy second = appointments.register(school(Region.KOSTANAY, false).getId(), LeadershipPost.DIRECTOR,
        today(), ADMIN);
    Task firstChoice = claimed(choiceTask(first), "hr.kostanay");
    Task secondChoice = claimed(choiceTask(second), "hr.kostanay.two");

    List<Boolean> offered = AtOnce.run(
        () -> complete(firstChoice, wanted), () -> complete(secondChoice, wanted));

    Assertions.assertThat(offered).containsExactlyInAnyOrder(true, false);
    Assertions.assertThat(offers.findAll()).filteredOn(o -> o.getApplicationId() == wanted.getId()).hasSize(1);

    List<Boolean> appointed = AtOnce.run(() -> reserve.appoint(wanted.getId(), first.getId()),
        () -> reserve.appoint(wanted.getId(), second.getId()));
    Assertions.assertThat(appointed).containsExactlyInAnyOrder(true, false);
    Assertions.assertThat(reserve.of(wanted.getId()).getStatus()).isEqualTo(ReserveMembership.Status.APPOINTED);
  }

  private <T> ResponseEntity<T> importSchools(String user, String file, Class<T> type) {
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.valueOf("text/csv"));
    return http.withBasicAuth(user, "demo").postForEntity("/api/schools/import",
        new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), csv), type);
  }

  @Test
  void aSchoolNameWithACommaInQuotesIsImportedWhole() {
    String file = "\uFEFFname,region,settlement,organisationType,keleshek\r\n"
        + "\"Школа-гимназия №159, Алматы\",ALA,Алматы,SCHOOL,false\r\n"
        + "\"Лицей \"\"Дарын\"\"\",ALA,Алматы,SCHOOL,\"true\"\r\n";
    var imported = importSchools("process.owner", file, Map.class);

    Assertions.assertThat(imported.getBody()).containsEntry("added", 2).containsEntry("refused", List.of());
    Assertions.assertThat(schools.findByRegionOrderBySettlementAscNameAsc(Region.ALMATY)).extracting(School::getName)
        .contains("Школа-гимназия №159, Алматы", "Лицей \"Дарын\"");
  }

  @Test
  void aSchoolRowThatCannotBeReadIsRefusedWithItsReasonInKazakhAndRussian() {
    String file = "name,region,settlement,organisationType,keleshek\r\n"
        + "№7 мектеп,MARS,Арқалық,SCHOOL,false\r\n"
        + "№8 мектеп,KOS,Арқалық,SCHOOL,maybe\r\n";
    var imported = importSchools("process.owner", file, Map.class);

    Assertions.assertThat(imported.getBody()).containsEntry("added", 0).containsEntry("refused", List.of(
        Map.of("line", 2, "reason", "«MARS» өңірі белгісіз / Регион «MARS» неизвестен"),
        Map.of("line", 3, "reason",
            "«Келешек мектептері» бағаны: true немесе false / Столбец «Келешек мектептері»: true или false")));
  }

  @Test
  void processOwnersImportTheRegistryAndOnlyTheRegionsHrRegistersItsVacancies() {
    String file = "name;region;settlement;organisationType;keleshek\n"
        + "Гимназия №4;NORTH_KAZAKHSTAN;Петропавл;SCHOOL;false\n"
        + "«Келешек» мектебі №2;NKZ;Петропавл;school;yes\n"
        + "Школа на Марсе;MARS;Олимп;SCHOOL;false\n"
        + "Гимназия\u0000 №5;NKZ;Петропавл;SCHOOL;false\n";
    var imported = importSchools("process.owner", file, Map.class);
    Assertions.assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(imported.getBody()).containsEntry("added", 2).containsEntry("updated", 0);
    Assertions.assertThat(imported.getBody().get("refused").toString()).contains("line=4, reason=«MARS» өңірі белгісіз")
        .contains("line=5, reason=«name» бағанында басқарушы таңба бар");
    Assertions.assertThat(importSchools("process.owner", file, Map.class).getBody())
        .containsEntry("added", 0).containsEntry("updated", 2);
    Assertions.assertThat(importSchools("hr.turkistan", file, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    School petropavl = schools.findByRegionOrderBySettlementAscNameAsc(Region.NORTH_KAZAKHSTAN).stream()
        .filter(School::isKeleshek).findFirst().orElseThrow();
    Map<String, Object> vacancy = Map.of("schoolId", petropavl.getId(), "post", "DIRECTOR",
        "opensOn", today().toString());
    Assertions.assertThat(http.withBasicAuth("hr.turkistan", "demo").postForEntity("/api/vacancies", vacancy,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var noPost = http.withBasicAuth("admin", "admin").postForEntity("/api/vacancies",
        Map.of("schoolId", petropavl.getId(), "opensOn", today().toString()), String.class);
    Assertions.assertThat(noPost.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(noPost.getBody()).contains("\"field\":\"post\"");
    School turkistan = school(Region.TURKISTAN, false);
    long vacanciesBefore = vacancies.count();
    var yearsAgo = http.withBasicAuth("hr.turkistan", "demo").postForEntity("/api/vacancies",
        Map.of("schoolId", turkistan.getId(), "post", "DIRECTOR", "opensOn", today().minusYears(3).toString()),
        String.class);
    Assertions.assertThat(yearsAgo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(yearsAgo.getBody()).contains("\"field\":\"opensOn\"");
    Assertions.assertThat(vacancies.count()).isEqualTo(vacanciesBefore);
    var unknown = http.withBasicAuth("hr.turkistan", "demo").getForEntity("/api/vacancies/99999999", String.class);
    Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Assertions.assertThat(unknown.getBody()).contains("Вакансия 99999999 не найдена");
    var registered = http.withBasicAuth("hr.turkistan", "demo").postForEntity("/api/vacancies",
        Map.of("schoolId", turkistan.getId(), "post", "DEPUTY_DIRECTOR", "opensOn", today().toString()), Map.class);
    Assertions.assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Assertions.assertThat(registered.getBody()).containsEntry("status", "OPEN").containsEntry("registeredBy",
        "hr.turkistan");
    Number id = (Number) registered.getBody().get("id");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("vacancy-" + id).count()).isOne();
  }

  /** The reservist withdraws through the portal; the withdrawal is recorded. */
  private void leaves(Application reservist) {
    applicationService.withdraw(reservist.getApplicationNumber(), false, null, "portal");
    journeys.runJobs(reservist, "Task_RecordRequestedWithdrawal");
  }

  private Task claimed(Task task, String officer) {
    taskService.claim(task.getId(), officer);
    return task;
  }

  private boolean complete(Task choice, Application reservist) {
    try {
      taskService.complete(choice.getId(), Map.of("hrChoice", "offer",
          "chosenApplicationNumber", reservist.getApplicationNumber()));
      return true;
    } catch (FormFieldValidationException refused) {
      return false;
    }
  }

  /** Regional HR offers the vacancy to this reservist; the offer mail goes out. */
  private void offer(Vacancy vacancy, Application reservist) {
    Task choice = choiceTask(vacancy);
    taskService.claim(choice.getId(), "hr." + reservist.getRegion().slug());
    taskService.complete(choice.getId(), Map.of("hrChoice", "offer",
        "chosenApplicationNumber", reservist.getApplicationNumber()));
    journeys.runJobsOf(process(vacancy).getId(), "Task_ChooseReservist", "Task_NotifyOffer");
  }

  private Task choiceTask(Vacancy vacancy) {
    return taskService.createTaskQuery().processInstanceId(process(vacancy).getId())
        .taskDefinitionKey("Task_ChooseReservist").singleResult();
  }

  private ProcessInstance process(Vacancy vacancy) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("vacancy-" + vacancy.getId())
        .singleResult();
  }

  private List<String> numbers(Vacancy vacancy) {
    return appointments.shortlistFor(vacancy.getId()).entries().stream().map(Shortlist.Entry::applicationNumber)
        .toList();
  }

  private School school(Region region, boolean keleshek) {
    return schools.save(School.leadingVacancies("School " + System.nanoTime(), region, "Town", OrganisationType.SCHOOL, keleshek));
  }

  private String mailBody(Application candidate, String subjectStart) {
    return TestMailServer.mailsTo(candidate.getEmail()).stream()
        .filter(m -> TestMailServer.subject(m).startsWith(subjectStart)).map(TestMailServer::body).findFirst()
        .orElseThrow();
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ProgrammeClock.ZONE).toLocalDate();
  }
}
