package kz.edu.leaders.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestFinalStages;
import kz.edu.leaders.TestInternships;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.WalkedElements;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.training.MentorAssignmentRepository;
import kz.edu.leaders.training.MentorRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives candidates through candidate-journey, and the training and internship it calls, with the real engine,
 * listeners, rules and tables: each section's test class starts a candidate and takes it to its stage.
 * Together the sections must walk every element of the journey and the training: once all of them have run
 * (the whole suite), the last one checks what they walked between them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract sealed class JourneyStageTest permits ScreeningAndTestingJourneyTest, TrainingJourneyTest,
    InternshipAndAssessmentJourneyTest, InterviewReserveAndAppointmentJourneyTest {

  private static final List<String> WALKED_MODELS = List.of(CandidateJourney.PROCESS_KEY, "training");
  /** Per model, what the sections that have run walked while they ran (not what other classes did). */
  private static final Map<String, Set<String>> WALKED = new HashMap<>();
  private static final Set<Class<?>> SECTIONS_RUN = new HashSet<>();

  static final String REVIEWER = "reviewer.turkistan";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationService applicationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  StageResultRepository stageResults;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CohortCalendar cohortCalendar;

  @Autowired
  TestInternships internships;
  @Autowired
  TestFinalStages stages;
  @Autowired
  TestJourneys journeys;
  @Autowired
  InternshipPeriodRepository periods;
  @Autowired
  MentorRepository mentors;
  @Autowired
  MentorAssignmentRepository mentorAssignments;

  Application application;
  ProcessInstance journey;

  @Autowired
  RepositoryService repositoryService;

  private Date classStarted;

  @BeforeAll
  void startCounting() {
    classStarted = new Date(System.currentTimeMillis() - 1000);
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @AfterAll
  void everyElementOfTheJourneyAndTheTrainingWasWalkedOnceEverySectionRan() {
    for (String processKey : WALKED_MODELS) {
      WALKED.computeIfAbsent(processKey, key -> new HashSet<>())
          .addAll(WalkedElements.walkedSince(repositoryService, historyService, processKey, classStarted));
    }
    SECTIONS_RUN.add(getClass());
    if (SECTIONS_RUN.containsAll(List.of(JourneyStageTest.class.getPermittedSubclasses()))) {
      WALKED_MODELS.forEach(processKey -> WalkedElements.assertEveryElementWalked(repositoryService, processKey,
          WALKED.get(processKey)));
    }
  }

  void atTheFinalAssessment() {
    journeyAt("Activity_FinalAssessment");
    assertThat(journey).isWaitingAt("Activity_FinalAssessment");
  }

  /** A new candidate whose journey has been taken to the activity. */
  void journeyAt(String activityId) {
    BpmnAwareTests.init(engine);
    application = journeys.journeyAt(TestApplications.valid(Region.TURKISTAN), activityId);
    journey = runtimeService.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult();
  }

  /** The reflective report in, scored by both experts, the external reviewer confirming. */
  ProcessInstance finalAssessmentReviewed(int firstExpert, int secondExpert) {
    atTheFinalAssessment();
    ProcessInstance assessment = stages.calledBy(journey, "final-assessment");
    stages.submitReport(application);
    stages.expertReviews(assessment, firstExpert, secondExpert);
    stages.externalConfirms(assessment);
    return assessment;
  }

  void admittedToTraining() {
    awaitingTest();
    testResult(88, true);
    assertThat(journey).isWaitingAt("Task_AwaitRanking", "Task_NotifyTestResult");
    run("Task_NotifyTestResult");
    ranking(true, 12);
    run("Task_NotifyAdmitted");
    assertThat(journey).isWaitingAt("Activity_Training");
    assignFirstProposedMentor(training());
  }

  /** The coordinator takes the first proposal; the candidate hears who their mentor is. */
  void assignFirstProposedMentor(ProcessInstance training) {
    Task assign = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    Assertions.assertThat(assign.getTaskDefinitionKey()).isEqualTo("Task_AssignMentor");
    String proposals = (String) taskService.getVariableLocal(assign.getId(), "mentorProposals");
    long firstProposed = Long.parseLong(proposals.split("\n")[2].split("\\|")[1].trim());
    taskService.claim(assign.getId(), "coordinator");
    taskService.complete(assign.getId(), Map.of("mentorId", firstProposed));
    for (String activity : List.of("Task_AssignMentor", "Task_NotifyMentorAssigned")) {
      execute(managementService.createJobQuery().processInstanceId(training.getId()).activityId(activity)
          .singleResult());
    }
    assertThat(training).isWaitingAt("Event_LevelPeriodEnded");
  }

  ProcessInstance training() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
  }

  /** Moves the engine clock past the level's period; the level's timer then fires. */
  void levelPeriodEnds(ProcessInstance training) {
    Job period = managementService.createJobQuery().processInstanceId(training.getId())
        .activityId("Event_LevelPeriodEnded").timers().singleResult();
    Assertions.assertThat(managementService.createJobQuery().jobId(period.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(new Date(period.getDuedate().getTime() + 1000));
    execute(managementService.createJobQuery().jobId(period.getId()).executable().singleResult());
  }

  void assessLevel(ProcessInstance training, int score) {
    levelPeriodEnds(training);
    assessAgain(training, score);
  }

  /** The trainer scores the open assessment; its result mail goes out. */
  void assessAgain(ProcessInstance training, int score) {
    Task assessment = taskService.createTaskQuery().processInstanceId(training.getId()).singleResult();
    taskService.claim(assessment.getId(), "trainer");
    taskService.complete(assessment.getId(), Map.of("levelScore", score, "levelComment", "observed lesson"));
    for (String activity : List.of("Task_AssessLevel", "Task_NotifyLevelResult")) {
      execute(managementService.createJobQuery().processInstanceId(training.getId()).activityId(activity)
          .singleResult());
    }
  }

  void apply(NewApplication request) {
    BpmnAwareTests.init(engine);
    application = applicationService.submit(request);
    journey = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(application.getApplicationNumber()).singleResult();
  }

  void atScreening() {
    apply(TestApplications.valid(Region.TURKISTAN));
    run("Task_NotifyApplicationReceived");
    run("Task_CheckEligibility");
  }

  void awaitingTest() {
    atScreening();
    screen(accepted());
    run("Task_NotifyDocumentsAccepted");
    assertThat(journey).isWaitingAt("Task_AwaitTestResult");
  }

  /** What the import does once a result is recorded: hand it to the journey. */
  void testResult(int score, boolean passed) {
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_TEST_RESULT)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .setVariable(CandidateJourney.TEST_SCORE, score).setVariable(CandidateJourney.TEST_PASSED, passed)
        .setVariable(CandidateJourney.PASS_MARK, 60).correlate();
  }

  /** What the published ranking does for each candidate. */
  void ranking(boolean admitted, int position) {
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_RANKING_DECIDED)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .setVariable(CandidateJourney.ADMITTED, admitted).setVariable(CandidateJourney.RANK_POSITION, position)
        .correlate();
  }

  void screen(Map<String, Object> decision) {
    claim(task(journey), REVIEWER);
    complete(task(journey), decision);
    run("Task_ScreenDocuments");
  }

  void run(String activityId) {
    execute(job(activityId, journey));
  }

  Application reloaded() {
    return applications.findById(application.getId()).orElseThrow();
  }

  List<StageResult> results() {
    return stageResults.findByApplicationIdOrderByDecidedAtAsc(application.getId());
  }

  List<String> subjects() {
    return TestMailServer.mailsTo(application.getEmail()).stream().map(TestMailServer::subject).toList();
  }

  /** The body of the candidate's mail whose subject starts so. */
  String body(String subjectStart) {
    MimeMessage mail = TestMailServer.mailsTo(application.getEmail()).stream()
        .filter(m -> TestMailServer.subject(m).startsWith(subjectStart)).findFirst().orElseThrow();
    return TestMailServer.body(mail);
  }

  static Map<String, Object> accepted() {
    Map<String, Object> variables = checklist(true);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "accepted");
    return variables;
  }

  static Map<String, Object> rejected(String reason) {
    Map<String, Object> variables = checklist(false);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "rejected");
    variables.put(CandidateJourney.REJECTION_REASON, reason);
    return variables;
  }

  static Map<String, Object> incomplete(String missing) {
    Map<String, Object> variables = checklist(false);
    variables.put(CandidateJourney.DOCUMENTS_DECISION, "incomplete");
    variables.put(CandidateJourney.MISSING_DOCUMENTS, missing);
    return variables;
  }

  static Map<String, Object> checklist(boolean ticked) {
    Map<String, Object> variables = new HashMap<>();
    CandidateJourney.DOCUMENT_CHECKLIST.forEach(item -> variables.put(item, ticked));
    return variables;
  }
}
