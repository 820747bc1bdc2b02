package kz.edu.leaders.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.appointment.Appointments;
import kz.edu.leaders.appointment.LeadershipPost;
import kz.edu.leaders.appointment.Shortlist;
import kz.edu.leaders.appointment.Vacancy;
import kz.edu.leaders.cohort.CohortRepository;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.cohort.CohortSpec;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Turkistan's figures from seed 000 loaded through the processes: 26 reservists from 2023 and 43 from
 * 2024 (47 deputy heads, 22 teachers), 53 of them appointed by regional HR (45 heads, 8 deputy heads),
 * and the reports say so.
 */
@IntegrationTest
class TurkistanReportTest {

  private static final CurrentUser HR = new CurrentUser("hr.turkistan",
      Set.of(Role.REGIONAL_HR.groupId(), Role.REGIONAL_HR.groupFor(Region.TURKISTAN)));
  private static final int KELESHEK_HEADS = 5;

  @Autowired
  TestFinalStages stages;
  @Autowired
  TestJourneys journeys;
  @Autowired
  CohortService cohorts;
  @Autowired
  CohortRepository cohortRepository;
  @Autowired
  SchoolRegistry registry;
  @Autowired
  SchoolRepository schools;
  @Autowired
  Appointments appointments;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ProgrammeReport report;
  @Autowired
  TestRestTemplate http;

  @Test
  void sixtyNineReservistsFiftyThreeAppointedFortyFiveAsHeads() {
    Set<Long> dataset = new HashSet<>();
    for (int i = 0; i < 69; i++) {
      int year = i < 26 ? 2023 : 2024;
      cohort(year);
      NewApplication request = TestApplications.valid(Region.TURKISTAN);
      NewApplication posted = new NewApplication(request.iin(), request.lastName(), request.firstName(),
          request.middleName(), request.region(), i < 47 ? "DEPUTY_HEAD" : "TEACHER", request.organisationType(),
          request.organisationName(), request.yearsOfExperience(), request.email(), request.phone(),
          request.preferredLanguage());
      // the best final-assessment scores in the region: regional HR meets them first on every shortlist
      dataset.add(stages.reservist(posted, 100, year).getId());
    }

    List<School> turkistan = importSchools(53);
    for (int v = 0; v < 53; v++) {
      LeadershipPost post = v < 45 ? LeadershipPost.DIRECTOR : LeadershipPost.DEPUTY_DIRECTOR;
      Vacancy vacancy = appointments.register(turkistan.get(v).getId(), post, today(), HR);
      appointFirstOnTheShortlist(vacancy, dataset);
    }

    ProgrammeReport.RegionFigures figures = report.regions(Set.of(2023, 2024)).regions().stream()
        .filter(r -> r.region().equals("TURKISTAN")).findFirst().orElseThrow();
    Assertions.assertThat(figures.reservists()).isEqualTo(69);
    Assertions.assertThat(figures.deputyHeads()).isEqualTo(47);
    Assertions.assertThat(figures.teachers()).isEqualTo(22);
    Assertions.assertThat(figures.appointed()).isEqualTo(53);
    Assertions.assertThat(figures.appointedAsHead()).isEqualTo(45);
    Assertions.assertThat(figures.appointedAsDeputy()).isEqualTo(8);
    // 53 of 69 is 76.8 %; the press release rounded it to 78 %
    Assertions.assertThat(figures.appointmentRate()).isEqualTo(76.8);
    Assertions.assertThat(figures.keleshekSchoolsLed()).isEqualTo(KELESHEK_HEADS);
    Assertions.assertThat(step(report.funnel(2023), "RESERVE")).isEqualTo(26);
    Assertions.assertThat(step(report.funnel(2024), "RESERVE")).isEqualTo(43);
    Assertions.assertThat(step(report.funnel(2023), "APPOINTED") + step(report.funnel(2024), "APPOINTED"))
        .isEqualTo(53);

    var csv = http.withBasicAuth("process.owner", "demo").getForEntity("/api/reports/regions.csv?cohorts=2023,2024",
        String.class);
    Assertions.assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(csv.getBody()).contains("TURKISTAN,69,47,22,53,45,8,76.8,5");
    Assertions.assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/reports/funnel?cohort=2024",
        String.class).getBody()).contains("\"step\":\"RESERVE\"", "\"count\":43");
    var page = http.withBasicAuth("process.owner", "demo").getForEntity("/reports?cohort=2024", String.class);
    Assertions.assertThat(page.getBody()).contains("Turkistan", "Кадрлық резерв / Кадровый резерв");
    Assertions.assertThat(http.withBasicAuth("reviewer.turkistan", "demo").getForEntity("/reports", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Regional HR offers the post to the first on the shortlist, who accepts; HR records the order. */
  private void appointFirstOnTheShortlist(Vacancy vacancy, Set<Long> dataset) {
    ProcessInstance process = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("vacancy-" + vacancy.getId()).singleResult();
    Shortlist.Entry first = appointments.shortlistFor(vacancy.getId()).entries().get(0);
    Assertions.assertThat(dataset).as("the shortlist puts the dataset's reservists first").contains(first.applicationId());
    Task choice = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    taskService.claim(choice.getId(), "hr.turkistan");
    taskService.complete(choice.getId(), Map.of("hrChoice", "offer", "chosenApplicationNumber",
        first.applicationNumber()));
    journeys.runJobsOf(process.getId(), "Task_ChooseReservist", "Task_NotifyOffer");
    appointments.answer(first.applicationNumber(), true);
    Task order = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    taskService.claim(order.getId(), "hr.turkistan");
    taskService.complete(order.getId(), Map.of("orderNumber", "T-" + vacancy.getId(), "orderDate", today().toString()));
    journeys.runJobsOf(process.getId(), "Task_RecordAppointmentOrder", "Task_CloseReserveJourney",
        "Task_NotifyAppointed");
  }

  private List<School> importSchools(int count) {
    StringBuilder csv = new StringBuilder("name,region,settlement,organisationType,keleshek\n");
    String batch = "Turkistan report school " + System.nanoTime() + " №";
    for (int i = 0; i < count; i++) {
      csv.append(batch).append(i).append(",TURKISTAN,Түркістан,SCHOOL,").append(i < KELESHEK_HEADS).append('\n');
    }
    registry.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
    List<School> imported = new ArrayList<>(schools.findByRegionOrderBySettlementAscNameAsc(Region.TURKISTAN).stream()
        .filter(s -> s.getName().startsWith(batch)).toList());
    imported.sort(Comparator.comparingInt(s -> Integer.parseInt(s.getName().substring(batch.length()))));
    return imported;
  }

  private void cohort(int year) {
    if (cohortRepository.findById(year).isEmpty()) {
      cohorts.register(new CohortSpec(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30),
          LocalDate.of(year, 5, 20), LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 25), LocalDate.of(year, 7, 1),
          600, CohortSpec.DEFAULT_RESUBMISSION_DAYS, Map.of()));
    }
  }

  private static long step(ProgrammeReport.Funnel funnel, String step) {
    return funnel.steps().stream().filter(s -> s.step().equals(step)).findFirst().orElseThrow().count();
  }

  private static LocalDate today() {
    return LocalDate.now(ProgrammeClock.ZONE);
  }
}
