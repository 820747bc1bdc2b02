package kz.edu.leaders.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.appointment.Appointments;
import kz.edu.leaders.appointment.LeadershipPost;
import kz.edu.leaders.assessment.BlindReviews;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.cohort.CohortSpec;
import kz.edu.leaders.document.CandidateDocuments;
import kz.edu.leaders.document.DocumentKind;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.reserve.Reserve;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRole;
import kz.edu.leaders.testing.TestImport;
import kz.edu.leaders.testing.TestImportService;
import kz.edu.leaders.testing.TestResultRow;
import kz.edu.leaders.training.MentorMatching;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Candidates at each point of the selection in four regions, submitted and moved on through the same
 * services and tasks as real ones. Only into an empty database.
 */
@Component
@ConditionalOnProperty(name = "leaders.demo.applications", havingValue = "true")
public class DemoApplications {

  private static final Logger LOG = LoggerFactory.getLogger(DemoApplications.class);

  record DemoCandidate(String lastName, String firstName, String middleName, boolean female, Region region,
      String post, String organisationType, String organisation, int experience, String language) {
  }

  static final List<DemoCandidate> CANDIDATES = List.of(
      new DemoCandidate("Әбдірахманова", "Жанна", "Серікқызы", true, Region.TURKISTAN, "DEPUTY_HEAD", "SCHOOL",
          "Түркістан облысы, №12 жалпы білім беретін мектеп", 14, "kk"),
      new DemoCandidate("Есімов", "Нұрлан", "Бақытұлы", false, Region.TURKISTAN, "TEACHER", "SCHOOL",
          "Кентау қаласы, №5 мектеп-лицей", 9, "kk"),
      new DemoCandidate("Оспанова", "Гүлмира", null, true, Region.TURKISTAN, "DEPUTY_HEAD", "PRESCHOOL",
          "«Балдәурен» бөбекжайы, Сарыағаш", 17, "kk"),
      new DemoCandidate("Тастанов", "Ержан", "Маратович", false, Region.TURKISTAN, "TEACHER", "TVET",
          "Түркістан жоғары аграрлық колледжі", 6, "ru"),
      new DemoCandidate("Иванова", "Елена", "Петровна", true, Region.ALMATY, "DEPUTY_HEAD", "SCHOOL",
          "Школа-гимназия №159, Алматы", 21, "ru"),
      new DemoCandidate("Сейітқали", "Арман", null, false, Region.ALMATY, "TEACHER", "SCHOOL",
          "№54 мектеп-гимназия, Алматы", 8, "kk"),
      new DemoCandidate("Мұқанова", "Айжан", "Қанатқызы", true, Region.ASTANA, "DEPUTY_HEAD", "SCHOOL",
          "№68 мектеп-лицей, Астана", 12, "kk"),
      new DemoCandidate("Ким", "Виктор", "Сергеевич", false, Region.ASTANA, "TEACHER", "TVET",
          "Астанинский политехнический колледж", 11, "ru"),
      new DemoCandidate("Жүсіпова", "Сәуле", "Әміржанқызы", true, Region.KARAGANDA, "DEPUTY_HEAD", "SCHOOL",
          "Қарағанды, №3 гимназия", 15, "kk"),
      new DemoCandidate("Петренко", "Ольга", "Николаевна", true, Region.KARAGANDA, "TEACHER", "PRESCHOOL",
          "Детский сад «Солнышко», Темиртау", 7, "ru"));

  private static final Duration PATIENCE = Duration.ofMinutes(2);
  private static final String REFLECTIVE_REPORT = """
      Менің көшбасшылық жолым: мектептегі оқу сапасын көтеру жобасы. Бір жыл ішінде мұғалімдердің кәсіби
      қоғамдастығын құрдым, сабақты зерттеу әдісін енгіздім, оқушылардың функционалдық сауаттылығы 12 пайызға
      өсті. / Мой путь лидера: проект повышения качества обучения в школе. За год я создала профессиональное
      сообщество учителей, внедрила метод Lesson Study, функциональная грамотность учеников выросла на 12 %.
      Главный урок: изменения держатся на доверии команды, а не на приказах. Дальше я хочу вести школу так,
      чтобы каждый учитель видел данные о своих учениках и вместе с коллегами решал, что менять в уроке.""";

  private final ApplicationService applicationService;
  private final ApplicationRepository applications;
  private final CohortService cohorts;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TestImportService testImports;
  private final MentorMatching mentors;
  private final BlindReviews reviews;
  private final ManagementService managementService;
  private final Reserve reserve;
  private final SchoolRegistry schools;
  private final Appointments appointments;
  private final CandidateDocuments documents;
  private final Clock clock;

  public DemoApplications(ApplicationService applicationService, ApplicationRepository applications,
      CohortService cohorts, TaskService taskService, RuntimeService runtimeService, TestImportService testImports,
      MentorMatching mentors, BlindReviews reviews, ManagementService managementService, Reserve reserve,
      SchoolRegistry schools, Appointments appointments, CandidateDocuments documents, Clock clock) {
    this.documents = documents;
    this.applicationService = applicationService;
    this.applications = applications;
    this.cohorts = cohorts;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.testImports = testImports;
    this.mentors = mentors;
    this.reviews = reviews;
    this.managementService = managementService;
    this.reserve = reserve;
    this.schools = schools;
    this.appointments = appointments;
    this.clock = clock;
  }

  /**
   * This year's cohort: candidates at document screening, one not eligible, one asked for missing
   * documents. Last year's cohort: screened, tested, one no-show, and a ranking waiting for a training
   * coordinator's confirmation in Tasklist. The cohort before last: candidates at the internship, the
   * final assessment, the interview and in the reserve, and a vacancy for the reservist. Played in the
   * background, as users would, once the job executor runs: the application is usable at once and the
   * story completes within a minute.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void seed() {
    if (applications.count() > 0) {
      return;
    }
    Thread story = new Thread(this::playStory, "demo-data");
    story.setDaemon(true);
    story.start();
  }

  private void playStory() {
    try {
      int year = LocalDate.now(clock).getYear();
      List<Application> current = new ArrayList<>();
      for (int i = 0; i < CANDIDATES.size(); i++) {
        current.add(applicationService.submit(toApplication(CANDIDATES.get(i), i, CANDIDATES.get(i).experience())));
      }
      applicationService.submit(toApplication(CANDIDATES.get(1), 40, 3));
      for (int i = 0; i < current.size(); i++) {
        // the one asked for a missing document sent no employment record
        uploadDocuments(current.get(i), i == 3 ? DocumentKind.EMPLOYMENT_RECORD : null);
      }
      screen(current.get(3), Map.of(CandidateJourney.DOCUMENTS_DECISION, "incomplete",
          CandidateJourney.MISSING_DOCUMENTS, "Еңбек кітапшасының көшірмесі / Копия трудовой книжки"));
      LOG.info("Demo data: cohort {} with candidates at document screening", year);
      playLastYear(year - 1);
      playLaterStages(year - 2);
    } catch (RuntimeException e) {
      LOG.warn("Demo data stopped early: {}", e.getMessage());
    }
  }

  /** The checklist's documents, through the portal's own service (all but {@code missing}). */
  private void uploadDocuments(Application candidate, DocumentKind missing) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind == missing) {
        continue;
      }
      try {
        documents.upload(candidate.getApplicationNumber(), kind.slug(), DemoDocuments.fileName(kind),
            DemoDocuments.of(kind, candidate.getApplicationNumber()), "portal");
      } catch (ApplicationStateException e) {
        // found not eligible meanwhile: it takes no documents
        return;
      } catch (RuntimeException e) {
        // a clash with the journey's own step at that moment: the rest of the story goes on
        LOG.warn("Demo data: no {} for {}: {}", kind.slug(), candidate.getApplicationNumber(), e.getMessage());
      }
    }
  }

  private void playLastYear(int year) {
    cohorts.register(new CohortSpec(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30),
        LocalDate.of(year, 5, 20), LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 25), LocalDate.of(year, 7, 1),
        3, CohortSpec.DEFAULT_RESUBMISSION_DAYS, Map.of("TURKISTAN", 1)));
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      candidates.add(applicationService.submitTo(year, toApplication(CANDIDATES.get(i), 20 + i, 10 + i)));
    }
    screen(candidates.get(7), Map.of(CandidateJourney.DOCUMENTS_DECISION, "rejected",
        CandidateJourney.REJECTION_REASON, "Диплом педагогикалық емес / Диплом не педагогический"));
    Map<String, Object> accepted = new HashMap<>(Map.of(CandidateJourney.DOCUMENTS_DECISION, "accepted"));
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> accepted.put(item, true));
    List<Application> tested = candidates.subList(0, 7);
    tested.forEach(candidate -> screen(candidate, accepted));
    tested.forEach(candidate -> awaitUntil(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(candidate.getProcessInstanceId()).activityIdIn("Task_AwaitTestResult").count() == 1));
    int[] scores = {92, 85, 78, 78, 64, 45};
    List<TestResultRow> rows = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      rows.add(new TestResultRow(i + 1, tested.get(i).getApplicationNumber(), String.valueOf(scores[i]),
          LocalDate.of(year, 6, 12 + i).toString()));
    }
    long importId = testImports.start(year, rows, "JSON", "test.operator").getId();
    awaitUntil(() -> testImports.find(importId).getState() == TestImport.State.DONE);
    // its dates are past: the job executor closes the test window and proposes the ranking at once
    cohorts.startSelection(year);
    LOG.info("Demo data: cohort {} tested; its ranking waits for a training coordinator in Tasklist", year);
  }

  /**
   * The cohort before last, its candidates moved on to the later stages as a process owner moves
   * instances in Cockpit: one to be placed for an internship, one whose reflective report waits for
   * the expert reviewers, one whose final interview is to be scheduled, one in the reserve with a
   * certificate.
   */
  private void playLaterStages(int year) {
    cohorts.register(new CohortSpec(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30),
        LocalDate.of(year, 5, 20), LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 25), LocalDate.of(year, 7, 1),
        600, CohortSpec.DEFAULT_RESUBMISSION_DAYS, Map.of()));
    List<String> stages = List.of("Activity_Internship", "Activity_FinalAssessment", "Activity_FinalInterview",
        "Task_EnrolInReserve");
    List<ApplicationStatus> reached = List.of(ApplicationStatus.TRAINING_COMPLETED,
        ApplicationStatus.INTERNSHIP_COMPLETED, ApplicationStatus.FINAL_ASSESSMENT_PASSED,
        ApplicationStatus.FINAL_ASSESSMENT_PASSED);
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Application candidate = applicationService.submitTo(year, toApplication(CANDIDATES.get(i + 4), 50 + i, 12 + i));
      mentors.choose(candidate.getId(), mentors.propose(candidate.getId()).get(0).getId(), null, "coordinator");
      moveTo(candidate, stages.get(i), reached.get(i));
      candidates.add(candidate);
    }
    Application assessed = candidates.get(1);
    awaitUntil(() -> runtimeService.createProcessInstanceQuery().activityIdIn("Task_AwaitFinalReport")
        .variableValueEquals(CandidateJourney.APPLICATION_ID.name(), assessed.getId()).count() == 1);
    reviews.submit(assessed.getApplicationNumber(), REFLECTIVE_REPORT);
    openVacancyFor(candidates.get(3));
    LOG.info("Demo data: cohort {} at the internship, the final assessment, the interview and in the reserve", year);
  }

  /**
   * The reservist (from Astana) would move; Turkistan's HR registers a head's post in Kentau, and the
   * reservist is on its shortlist.
   */
  private void openVacancyFor(Application reservist) {
    awaitUntil(() -> runtimeService.createProcessInstanceQuery().processInstanceId(reservist.getProcessInstanceId())
        .activityIdIn("Task_AwaitAppointment").count() == 1);
    reserve.declareRelocation(reservist.getId(), true);
    School school = schools.of(Region.TURKISTAN, Optional.of(SchoolRole.VACANCIES)).stream()
        .filter(s -> !s.isKeleshek() && s.getOrganisationType() == OrganisationType.SCHOOL).findFirst().orElseThrow();
    appointments.register(school.getId(), LeadershipPost.DIRECTOR, LocalDate.now(clock), new CurrentUser("hr.turkistan", Set.of(Role.REGIONAL_HR.groupId(),
        Role.REGIONAL_HR.groupFor(Region.TURKISTAN))));
  }

  /** Once the journey waits at screening, it is moved to stand before this activity instead. */
  private void moveTo(Application candidate, String activityId, ApplicationStatus status) {
    awaitUntil(() -> taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).count() == 1
        && managementService.createJobQuery().processInstanceId(candidate.getProcessInstanceId()).count() == 0);
    Application moved = applications.findById(candidate.getId()).orElseThrow();
    moved.changeStatus(status);
    applications.save(moved);
    runtimeService.createProcessInstanceModification(candidate.getProcessInstanceId())
        .startBeforeActivity(activityId).cancelAllForActivity("Task_ScreenDocuments").execute();
  }

  /** The region's demo reviewer claims the candidate's screening task and decides. */
  private void screen(Application candidate, Map<String, Object> decision) {
    awaitUntil(() -> taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).count() == 1);
    Task task = taskService.createTaskQuery().processInstanceId(candidate.getProcessInstanceId()).singleResult();
    taskService.claim(task.getId(), "reviewer." + candidate.getRegion().slug());
    taskService.complete(task.getId(), decision);
  }

  private static void awaitUntil(BooleanSupplier done) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the job executor did not move the demo journeys on in " + PATIENCE);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
  }

  private static NewApplication toApplication(DemoCandidate c, int index, int experience) {
    LocalDate birthDate = LocalDate.of(1970 + index % 20, 1 + index % 12, 1 + index % 28);
    return new NewApplication(demoIin(birthDate, c.female(), index), c.lastName(), c.firstName(), c.middleName(),
        c.region().name(), c.post(), c.organisationType(), c.organisation(), experience,
        "candidate" + (index + 1) + "@mail.example.kz", "+7 701 555 " + String.format("%04d", 1000 + index),
        c.language());
  }

  private static String demoIin(LocalDate birthDate, boolean female, int index) {
    for (int serial = 100 * index + 1; ; serial++) {
      var iin = Iin.compose(birthDate, female, serial);
      if (iin.isPresent()) {
        return iin.get();
      }
    }
  }
}
