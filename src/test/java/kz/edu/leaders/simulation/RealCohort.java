package kz.edu.leaders.simulation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestInternships;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.appointment.Appointments;
import kz.edu.leaders.appointment.LeadershipPost;
import kz.edu.leaders.appointment.Shortlist;
import kz.edu.leaders.appointment.Vacancy;
import kz.edu.leaders.assessment.BlindReviews;
import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.cohort.CohortSpec;
import kz.edu.leaders.demo.DemoCohort;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.internship.InternshipPeriod;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.internship.InternshipPlacements;
import kz.edu.leaders.internship.InternshipReports;
import kz.edu.leaders.interview.Competency;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.school.SchoolRole;
import kz.edu.leaders.testing.TestImport;
import kz.edu.leaders.testing.TestImportService;
import kz.edu.leaders.testing.TestResultRow;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorMatching;
import kz.edu.leaders.training.MentorMeetings;
import kz.edu.leaders.training.MentorRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A whole cohort through the real platform: applicants apply through the application service, every
 * staff role works its tasks as itself, candidates send what the portal would send, and the engine
 * runs its own jobs and timers.
 */
@Component
class RealCohort {

  static final String COORDINATOR = "coordinator";
  private static final String TRAINER = "trainer";
  private static final String TEST_OPERATOR = "test.operator";
  private static final String PORTAL = "portal";
  /** Reservists appointed: Turkistan's 53 of 69 (docs/DOMAIN.md). */
  private static final double APPOINTED_SHARE = 53.0 / 69;
  /** Trained seats per applicant: 567 of 13,796 in 2024. */
  private static final double SEATS_PER_APPLICANT = 567.0 / 13_796;
  private static final int MENTOR_PLACES = 5;

  private final EngineDriver engine;
  private final Staff staff;
  private final ApplicationService applications;
  private final CohortService cohorts;
  private final CohortCalendar calendar;
  private final TestImportService imports;
  private final MentorRegistry mentorRegistry;
  private final MentorMatching mentorMatching;
  private final MentorMeetings meetings;
  private final InternshipPeriodRepository periods;
  private final InternshipPlacements placements;
  private final InternshipReports internshipReports;
  private final BlindReviews reviews;
  private final SchoolRegistry schoolRegistry;
  private final SchoolRepository schools;
  private final Appointments appointments;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  private final Map<Long, Candidate> byId = new LinkedHashMap<>();
  private final Map<String, Long> applicationOfInstance = new ConcurrentHashMap<>();

  /** A registered vacancy: which process offers it, in which region. */
  private record Post(long vacancyId, Region region) {
  }

  /** The moments of the cohort at which a fault run ({@link FaultSuite}) steps in. */
  enum Moment { TEST_IMPORT_RUNNING, RANKING_DUE, RANKING_CONFIRMED, RANKING_DRAINED, INTERVIEWS_SCORED }

  /** How the test operator hands the results over: here through the service; a fault run over HTTP. */
  interface ImportStarter {
    long start(int year, List<TestResultRow> rows);
  }

  private Consumer<Moment> moments = moment -> {
  };
  private ImportStarter importStarter;

  /** One applicant: the drawn fate and the application the service made. */
  record Candidate(Fate fate, Application application) {
  }

  RealCohort(EngineDriver engine, Staff staff, ApplicationService applications, CohortService cohorts,
      CohortCalendar calendar, TestImportService imports, MentorRegistry mentorRegistry, MentorMatching mentorMatching,
      MentorMeetings meetings, InternshipPeriodRepository periods,
      InternshipPlacements placements, InternshipReports internshipReports, BlindReviews reviews,
      SchoolRegistry schoolRegistry, SchoolRepository schools, Appointments appointments, RuntimeService runtimeService,
      IdentityService identityService) {
    this.engine = engine;
    this.staff = staff;
    this.applications = applications;
    this.cohorts = cohorts;
    this.calendar = calendar;
    this.imports = imports;
    this.mentorRegistry = mentorRegistry;
    this.mentorMatching = mentorMatching;
    this.meetings = meetings;
    this.periods = periods;
    this.placements = placements;
    this.internshipReports = internshipReports;
    this.reviews = reviews;
    this.schoolRegistry = schoolRegistry;
    this.schools = schools;
    this.appointments = appointments;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.importStarter = (year, rows) -> imports.start(year, rows, "JSON", TEST_OPERATOR).getId();
  }

  /** A fault run: called at each moment, and starting the test import its own way. */
  void withFaults(Consumer<Moment> at, ImportStarter starter) {
    this.moments = at;
    this.importStarter = starter;
  }

  Map<Long, Candidate> candidates() {
    return byId;
  }

  void play(int n, long seed, Run run) {
    Random random = new Random(seed);
    int capacity = Math.max(2, (int) Math.round(n * SEATS_PER_APPLICANT));
    int year = openCohort(capacity);
    run.count("training capacity", capacity);
    regionalAccounts();

    run.stage("applications", n);
    for (int i = 0; i < n; i++) {
      Fate fate = Fate.draw(random);
      Application application = applications.submit(request(fate, i));
      staff.commands.incrementAndGet();
      byId.put(application.getId(), new Candidate(fate, application));
      applicationOfInstance.put(application.getProcessInstanceId(), application.getId());
    }
    engine.drain();

    run.stage("screening", n);
    screen(run, false);
    resubmit(run);
    screen(run, true);
    engine.moveClockTo(engine.now().plus(Duration.ofDays(CohortSpec.DEFAULT_RESUBMISSION_DAYS + 1)));
    engine.drain();

    run.stage("test", count(Fate.Screening.ACCEPTED, Fate.Screening.INCOMPLETE_THEN_ACCEPTED));
    importScores(year, run);
    engine.moveClockTo(calendar.testWindowClosesAt(year).toInstant().plusSeconds(1));
    engine.drain();

    run.stage("ranking", 1);
    engine.moveClockTo(calendar.rankingAt(year).toInstant().plusSeconds(1));
    engine.drain();
    moments.accept(Moment.RANKING_DUE);
    staff.workAll("Task_ConfirmRanking", task -> new Staff.Work(COORDINATOR, Map.of("rankingConfirmed", true)));
    moments.accept(Moment.RANKING_CONFIRMED);
    engine.drain();
    moments.accept(Moment.RANKING_DRAINED);

    List<Candidate> trainees = inProcess("training");
    run.stage("training", trainees.size());
    run.count("admitted to training", trainees.size());
    train(trainees, run);

    List<Candidate> interns = inProcess("internship");
    run.stage("internship", interns.size());
    intern(interns, run);

    List<Candidate> assessed = inProcess("final-assessment");
    run.stage("final assessment", assessed.size());
    assess(assessed, run);

    List<Candidate> interviewed = inProcess("final-interview");
    run.stage("final interview", interviewed.size());
    interview(run);

    run.stage("appointment", reservists().size());
    appoint(run);
  }

  private int openCohort(int capacity) {
    CohortSpec around = DemoCohort.openingAround(LocalDate.now(new ProgrammeClock()));
    int turkistanQuota = Math.max(1, (int) Math.round(capacity * Fate.REGION_WEIGHTS.get(Region.TURKISTAN) / 1000.0));
    cohorts.create(new CohortSpec(around.year(), around.applicationsOpen(), around.applicationsClose(),
        around.screeningDeadline(), around.testWindowStart(), around.testWindowEnd(), around.rankingDate(), capacity,
        CohortSpec.DEFAULT_RESUBMISSION_DAYS, Map.of(Region.TURKISTAN.name(), turkistanQuota)));
    return around.year();
  }

  /** A reviewer and an HR officer for every region, as an administrator adds them in Admin. */
  private void regionalAccounts() {
    for (Region region : Region.values()) {
      account(reviewer(region), Role.DOCUMENT_REVIEWERS.groupId(), Role.DOCUMENT_REVIEWERS.groupFor(region));
      account(hr(region), Role.REGIONAL_HR.groupId(), Role.REGIONAL_HR.groupFor(region));
    }
  }

  private void account(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(id);
    user.setLastName("Simulation");
    user.setEmail(id + "@leaders.example.kz");
    user.setPassword("demo");
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }

  static String reviewer(Region region) {
    return "sim.reviewer." + region.slug().replace("-", ".");
  }

  static String hr(Region region) {
    return "sim.hr." + region.slug().replace("-", ".");
  }

  private static NewApplication request(Fate fate, int i) {
    String iin = TestApplications.freshIin();
    return new NewApplication(iin, "Есімов", "Нұрлан", null, fate.region().name(), i % 3 == 0 ? "DEPUTY_HEAD" : "TEACHER",
        "SCHOOL", fate.region().displayName() + ", №" + (i % 400 + 1) + " мектеп", fate.eligible() ? 5 + i % 20 : 3,
        "candidate." + iin + "@mail.example.kz", "+77015551234", i % 2 == 0 ? "kk" : "ru");
  }

  private void screen(Run run, boolean secondRound) {
    staff.workAll("Task_ScreenDocuments", task -> {
      Candidate candidate = candidateOf(task);
      Fate.Screening s = candidate.fate().screening();
      Map<String, Object> form = new HashMap<>();
      CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> form.put(item, true));
      String decision = switch (s) {
        case ACCEPTED -> "accepted";
        case REJECTED -> "rejected";
        case INCOMPLETE_THEN_ACCEPTED -> secondRound ? "accepted" : "incomplete";
        case INCOMPLETE_THEN_REJECTED -> secondRound ? "rejected" : "incomplete";
        case INCOMPLETE_NOT_SENT -> "incomplete";
      };
      form.put(CandidateJourney.DOCUMENTS_DECISION, decision);
      if (decision.equals("rejected")) {
        form.put(CandidateJourney.REJECTION_REASON, "Диплом расталмаған / Диплом не подтверждён");
      }
      if (decision.equals("incomplete")) {
        form.put(CandidateJourney.MISSING_DOCUMENTS, "Еңбек кітапшасы / Трудовая книжка");
      }
      run.count("screening round " + (secondRound ? 2 : 1) + ": " + decision, 1);
      return new Staff.Work(reviewer(candidate.fate().region()), form);
    });
    engine.drain();
  }

  private void resubmit(Run run) {
    for (Candidate candidate : byId.values()) {
      Fate.Screening s = candidate.fate().screening();
      if (candidate.fate().eligible()
          && (s == Fate.Screening.INCOMPLETE_THEN_ACCEPTED || s == Fate.Screening.INCOMPLETE_THEN_REJECTED)) {
        applications.resubmitDocuments(candidate.application().getApplicationNumber());
        staff.commands.incrementAndGet();
        run.count("documents resubmitted", 1);
      }
    }
    engine.drain();
  }

  private void importScores(int year, Run run) {
    LocalDate testDay = cohorts.find(year).getTestWindowStart();
    engine.moveClockTo(testDay.atTime(10, 0).atZone(ProgrammeClock.ZONE).toInstant());
    engine.drain();
    List<TestResultRow> rows = new ArrayList<>();
    for (Candidate candidate : accepted()) {
      if (candidate.fate().noShow()) {
        run.count("test: no-show", 1);
        continue;
      }
      rows.add(new TestResultRow(rows.size() + 1, candidate.application().getApplicationNumber(),
          String.valueOf(candidate.fate().testScore()), testDay.toString()));
    }
    long id = importStarter.start(year, rows);
    staff.commands.incrementAndGet();
    moments.accept(Moment.TEST_IMPORT_RUNNING);
    Instant until = Instant.now().plus(Duration.ofHours(2));
    while (imports.find(id).getState() != TestImport.State.DONE) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("test import " + id + " not done");
      }
      EngineDriver.sleep(200);
    }
    run.count("test: results imported", rows.size());
    engine.drain();
  }

  private void train(List<Candidate> trainees, Run run) {
    int mentorsNeeded = trainees.size() / MENTOR_PLACES + Region.values().length;
    for (int i = 0; i < mentorsNeeded; i++) {
      Region region = Region.values()[i % Region.values().length];
      mentorRegistry.register(new Mentor("Тәлімгер " + i, region, region.displayName() + " тәлімгерлер орталығы",
          "Мектепті басқару / Управление школой", "mentor" + i + "@mentor.example.kz", MENTOR_PLACES), null);
    }
    staff.workAll("Task_AssignMentor", task -> {
      Candidate candidate = candidateOf(task);
      Mentor first = mentorMatching.propose(candidate.application().getId()).get(0);
      return new Staff.Work(COORDINATOR, Map.of("mentorId", first.getId()));
    });
    engine.drain();
    for (Candidate trainee : trainees) {
      if (trainee.fate().withdrawsInTraining()) {
        applications.withdraw(trainee.application().getApplicationNumber(), false, null, PORTAL);
        staff.commands.incrementAndGet();
        run.count("training: withdrew on request", 1);
      }
    }
    engine.drain();
    for (int level = 0; level < 3; level++) {
      logMeetings();
      engine.fireTimersAt("Event_LevelPeriodEnded");
      engine.drain();
      int index = level;
      for (int round = 0; round < 2; round++) {
        boolean retake = round == 1;
        // the job executor may open a retake while this round is still worked: it waits for the next round
        Set<String> assessed = new HashSet<>();
        staff.workAll("Task_AssessLevel", task -> {
          if (!assessed.add(task.getProcessInstanceId())) {
            return null;
          }
          Fate.LevelRun fate = candidateOf(task).fate().levels().get(index);
          boolean passes = retake ? fate == Fate.LevelRun.RETAKE_PASSED : fate == Fate.LevelRun.PASSED;
          run.count("training level " + (index + 1) + (retake ? " retake: " : ": ") + (passes ? "passed" : "failed"), 1);
          return new Staff.Work(TRAINER, Map.of("levelScore", passes ? 78 : 45, "levelComment", "Бағаланды / Оценено"));
        });
        engine.drain();
      }
    }
  }

  /** Two meetings per level with each trainee still in training, logged by the coordinator (API). */
  private void logMeetings() {
    CurrentUser coordinator = new CurrentUser(COORDINATOR, Set.of(Role.TRAINING_COORDINATORS.groupId()));
    for (Candidate trainee : inProcess("training")) {
      for (int m = 0; m < 2; m++) {
        meetings.log(trainee.application().getApplicationNumber(), LocalDate.now(new ProgrammeClock()), "Кездесу / Встреча", null,
            coordinator);
        staff.commands.incrementAndGet();
      }
    }
  }

  private void intern(List<Candidate> interns, Run run) {
    Map<Region, Integer> perRegion = new EnumMap<>(Region.class);
    interns.forEach(c -> perRegion.merge(c.fate().region(), 1, Integer::sum));
    LocalDate tomorrow = LocalDate.now(new ProgrammeClock()).plusDays(1);
    perRegion.forEach((region, count) -> {
      String name = "Жетекші мектеп / Ведущая школа, " + region.displayName();
      // one host school per region, registered by the first run in this database
      School school = schools.findByRegionAndSettlementAndName(region, region.displayName(), name)
          .filter(known -> known.has(SchoolRole.INTERNSHIPS))
          .orElseGet(() -> schoolRegistry.registerHost(name, region, region.displayName(),
              "host." + region.slug() + "@school.example.kz", null).school());
      periods.save(new InternshipPeriod(school, tomorrow, tomorrow.plusDays(21), count));
    });
    staff.workAll("Task_PlaceIntern", task -> {
      InternshipPeriod first = placements.propose(candidateOf(task).application().getId()).get(0);
      return new Staff.Work(COORDINATOR, Map.of("periodId", first.getId()));
    });
    engine.drain();
    engine.fireTimersAt("Event_InternshipPeriodEnded");
    engine.drain();
    for (Candidate intern : inProcess("internship")) {
      internshipReports.submit(intern.application().getApplicationNumber(), TestInternships.REPORT);
      staff.commands.incrementAndGet();
    }
    engine.drain();
    // the schools have no linked accounts: the coordinator records their evaluations and the mentors' sign-offs
    staff.workAll("Task_EvaluateInternship", task -> {
      boolean fails = candidateOf(task).fate().failsInternship();
      run.count("internship: " + (fails ? "failed" : "passed"), 1);
      return new Staff.Work(COORDINATOR, Map.of("internshipScore", fails ? 40 : 85, "internshipComment",
          "Сабақтары күшті / Сильные уроки"));
    });
    engine.drain();
    staff.workAll("Task_SignOffInternship", task -> new Staff.Work(COORDINATOR,
        Map.of("signOffConfirmed", true, "signOffComment", "Басқаруға дайын / Готов к руководству")));
    engine.drain();
  }

  private void assess(List<Candidate> assessed, Run run) {
    for (Candidate candidate : assessed) {
      reviews.submit(candidate.application().getApplicationNumber(), TestFinalStages.REFLECTIVE_REPORT);
      staff.commands.incrementAndGet();
    }
    engine.drain();
    staff.workAll("Task_FirstExpertReview", task -> review("expert.one", candidateOf(task).fate().firstReview()));
    engine.drain();
    staff.workAll("Task_SecondExpertReview", task -> review("expert.two", candidateOf(task).fate().secondReview()));
    engine.drain();
    staff.workAll("Task_ArbitrateReview", task -> {
      run.count("final assessment: arbitrations", 1);
      Fate fate = candidateOf(task).fate();
      return review("expert.three", Math.max(fate.firstReview(), fate.secondReview()) - 5);
    });
    engine.drain();
    Map<String, Object> confirmed = new HashMap<>();
    confirmed.put("externalDecision", "confirmed");
    confirmed.put("flagReason", null);
    staff.workAll("Task_ExternalReview", task -> new Staff.Work("external.reviewer", confirmed));
    engine.drain();
  }

  private static Staff.Work review(String expert, int score) {
    return new Staff.Work(expert, Map.of("reviewScore", score, "reviewComment", "Айқын рефлексия / Ясная рефлексия"));
  }

  private void interview(Run run) {
    LocalDate tomorrow = LocalDate.now(new ProgrammeClock()).plusDays(1);
    staff.workAll("Task_ScheduleInterview", task -> new Staff.Work(COORDINATOR, Map.of(
        "interviewDate", tomorrow.toString(), "interviewTime", "10:00",
        "interviewPlace", "Астана, Мәңгілік Ел 8, 3-зал", "commissionMembers", "commission.member, commission.second")));
    engine.drain();
    engine.fireTimersAt("Event_InterviewHeld");
    engine.drain();
    staff.workAll("Task_ScoreInterview", task -> {
      boolean fails = candidateOf(task).fate().failsInterview();
      Map<String, Object> form = new HashMap<>();
      for (Competency competency : Competency.values()) {
        form.put(competency.field(), fails ? 2 : 4);
      }
      return new Staff.Work(task.getAssignee(), form);
    });
    moments.accept(Moment.INTERVIEWS_SCORED);
    engine.drain();
    staff.workAll("Task_ConfirmInterviewOutcome", task -> {
      boolean fails = candidateOf(task).fate().failsInterview();
      run.count("final interview: " + (fails ? "not admitted" : "admitted"), 1);
      Map<String, Object> form = new HashMap<>();
      form.put("chairDecision", fails ? "reject" : "admit");
      form.put("chairReason", null);
      return new Staff.Work("commission.chair", form);
    });
    engine.drain();
  }

  /**
   * Regional HR registers vacancies for 76.8 % of the region's reservists, offers each to the first
   * reservist on its shortlist not yet offered a post; one in ten declines and HR offers the next.
   */
  private void appoint(Run run) {
    Map<Region, Integer> perRegion = new EnumMap<>(Region.class);
    reservists().forEach(c -> perRegion.merge(c.fate().region(), 1, Integer::sum));
    Map<String, Post> vacancyOfInstance = new HashMap<>();
    StringBuilder csv = new StringBuilder("name,region,settlement,organisationType,keleshek\n");
    Map<Region, Integer> vacancies = new EnumMap<>(Region.class);
    perRegion.forEach((region, count) -> {
      int posts = (int) Math.round(count * APPOINTED_SHARE);
      vacancies.put(region, posts);
      for (int i = 0; i < posts; i++) {
        csv.append("Simulation school ").append(region.code()).append(" №").append(i).append(',').append(region.name())
            .append(',').append(region.displayName()).append(",SCHOOL,").append(i % 8 == 0).append('\n');
      }
    });
    schoolRegistry.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
    vacancies.forEach((region, posts) -> {
      CurrentUser hr = new CurrentUser(hr(region), Set.of(Role.REGIONAL_HR.groupId(), Role.REGIONAL_HR.groupFor(region)));
      List<School> ofRegion = schools.findByRegionOrderBySettlementAscNameAsc(region).stream()
          .filter(s -> s.getName().startsWith("Simulation school ")).toList();
      for (int i = 0; i < posts; i++) {
        Vacancy vacancy = appointments.register(ofRegion.get(i).getId(),
            i % 6 == 5 ? LeadershipPost.DEPUTY_DIRECTOR : LeadershipPost.DIRECTOR, LocalDate.now(new ProgrammeClock()), hr);
        staff.commands.incrementAndGet();
        vacancyOfInstance.put(vacancy.getProcessInstanceId(), new Post(vacancy.getId(), region));
      }
      run.count("vacancies registered", posts);
    });
    engine.drain();
    Set<Long> offered = new HashSet<>();
    Map<String, Candidate> pending = new LinkedHashMap<>();
    while (true) {
      pending.clear();
      int chosen = staff.workAll("Task_ChooseReservist", task -> {
        Post post = vacancyOfInstance.get(task.getProcessInstanceId());
        Optional<Shortlist.Entry> next = appointments.shortlistFor(post.vacancyId()).entries().stream()
            .filter(e -> !offered.contains(e.applicationId())).findFirst();
        Region region = post.region();
        if (next.isEmpty()) {
          run.count("vacancies to the ordinary competition", 1);
          Map<String, Object> form = new HashMap<>();
          form.put("hrChoice", "competition");
          form.put("competitionNote", "Резервте лайықты үміткер жоқ / Нет подходящего резервиста");
          return new Staff.Work(hr(region), form);
        }
        offered.add(next.get().applicationId());
        pending.put(next.get().applicationNumber(), byId.get(next.get().applicationId()));
        return new Staff.Work(hr(region), Map.of("hrChoice", "offer", "chosenApplicationNumber",
            next.get().applicationNumber()));
      });
      if (chosen == 0) {
        break;
      }
      engine.drain();
      pending.forEach((number, candidate) -> {
        boolean accepts = !candidate.fate().declinesOffer();
        run.count("offers " + (accepts ? "accepted" : "declined"), 1);
        appointments.answer(number, accepts);
        staff.commands.incrementAndGet();
      });
      engine.drain();
      staff.workAll("Task_RecordAppointmentOrder", task -> {
        Post post = vacancyOfInstance.get(task.getProcessInstanceId());
        return new Staff.Work(hr(post.region()), Map.of("orderOutcome", "appointed", "orderNumber", "SIM-" + post.vacancyId(),
            "orderDate", LocalDate.now(new ProgrammeClock()).toString()));
      });
      engine.drain();
    }
  }

  private Candidate candidateOf(Task task) {
    Long id = applicationOfInstance.computeIfAbsent(task.getProcessInstanceId(), instance ->
        ((Number) runtimeService.getVariable(instance, CandidateJourney.APPLICATION_ID.name())).longValue());
    return byId.get(id);
  }

  /** Candidates whose journey is now in this called process. */
  private List<Candidate> inProcess(String processKey) {
    List<Candidate> in = new ArrayList<>();
    int first = 0;
    while (true) {
      var page = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).orderByProcessInstanceId()
          .asc().listPage(first, 1000);
      if (page.isEmpty()) {
        return in;
      }
      page.forEach(instance -> in.add(byId.get(applicationOfInstance.computeIfAbsent(instance.getId(), id ->
          ((Number) runtimeService.getVariable(id, CandidateJourney.APPLICATION_ID.name())).longValue()))));
      first += page.size();
    }
  }

  private List<Candidate> reservists() {
    return byId.values().stream().filter(c -> runtimeService.createExecutionQuery()
        .processInstanceId(c.application().getProcessInstanceId()).activityId("Task_AwaitAppointment").count() > 0)
        .toList();
  }

  private List<Candidate> accepted() {
    return byId.values().stream().filter(c -> c.fate().eligible() && (c.fate().screening() == Fate.Screening.ACCEPTED
        || c.fate().screening() == Fate.Screening.INCOMPLETE_THEN_ACCEPTED)).toList();
  }

  private int count(Fate.Screening... outcomes) {
    Set<Fate.Screening> wanted = Set.of(outcomes);
    return (int) byId.values().stream().filter(c -> c.fate().eligible() && wanted.contains(c.fate().screening()))
        .count();
  }
}
