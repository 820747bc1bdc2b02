package kz.edu.leaders.appeal;

import static kz.edu.leaders.journey.ProcessVariable.longVariable;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.assessment.FinalReviewRepository;
import kz.edu.leaders.interview.InterviewScoreRepository;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.ProcessVariable;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A candidate's appeal, lodged through the portal: checked, recorded, and handed to the appeals commission. */
@Service
public class Appeals {

  public static final String PROCESS_KEY = "appeal";
  static final ProcessVariable<Long> APPEAL_ID = longVariable("appealId");
  /** The appealed stage, shown on the commission's form and deciding which fields it needs. */
  static final String APPEAL_STAGE = "appealStage";
  /** Like every free text of the platform: the trail's line (2,000 characters) keeps the whole reason. */
  static final int MAX_REASON = 1900;

  /** Results that decide where a candidate stands; withdrawals, appeals and corrections only follow from them. */
  private static final Set<Stage> DECISIVE = Set.of(Stage.ELIGIBILITY, Stage.DOCUMENT_SCREENING, Stage.TEST,
      Stage.RANKING, Stage.TRAINING, Stage.INTERNSHIP, Stage.INTERNSHIP_SIGN_OFF, Stage.FINAL_ASSESSMENT,
      Stage.EXTERNAL_REVIEW, Stage.INTERVIEW, Stage.INTERVIEW_DECISION, Stage.RESERVE, Stage.APPOINTMENT);

  public record Request(String stage, String reason) {
  }

  /** What the portal is told: the appeal's number, the decision it contests, and where it stands. */
  public record View(long id, String applicationNumber, String stage, String outcome, Appeal.State state,
      Instant lodgedAt) {
  }

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final AppealRepository appeals;
  private final FinalReviewRepository finalReviews;
  private final InterviewScoreRepository interviewScores;
  private final AppealSettings settings;
  private final RuntimeService runtimeService;
  private final AsTheApplication asTheApplication;
  private final Clock clock;

  public Appeals(ApplicationRepository applications, StageResultRepository results, AppealRepository appeals,
      FinalReviewRepository finalReviews, InterviewScoreRepository interviewScores, AppealSettings settings,
      RuntimeService runtimeService, AsTheApplication asTheApplication, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.appeals = appeals;
    this.finalReviews = finalReviews;
    this.interviewScores = interviewScores;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.asTheApplication = asTheApplication;
    this.clock = clock;
  }

  /**
   * Lodges the candidate's appeal against their latest decision at {@code request.stage}. The
   * application's row lock and the unique decision key make the same click twice one appeal.
   */
  @Transactional
  public View lodge(String applicationNumber, Request request, String portal) {
    String reason = FormText.between(request == null ? null : request.reason(), 1, MAX_REASON, "reason",
        "Шешімнің неліктен қате екенін жазыңыз / Напишите, почему решение неверно");
    Application application = applications.lockByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    String stage = request.stage();
    AppealableDecision decision = AppealableDecision.of(stage).orElseThrow(() -> AppealRefused.unprocessable("stage",
        "Бұл шешімге апелляция берілмейді; апелляция беруге болатын шешімдер: "
            + appealable(AppealableDecision::kazakh) + " / Это решение нельзя обжаловать; обжаловать можно решения: "
            + appealable(AppealableDecision::russian)));
    StageResult latest = results.findByApplicationIdOrderByDecidedAtAsc(application.getId()).stream()
        .filter(result -> DECISIVE.contains(result.getStage()) || result.getStage().name().startsWith(Stage.TRAINING.name()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> AppealRefused.unprocessable("stage", "Бұл өтінім бойынша әлі шешім қабылданған жоқ / "
            + "По этой заявке ещё не принято ни одного решения"));
    if (!latest.getStage().name().equals(stage) || !decision.isFailing(latest.getOutcome())) {
      throw AppealRefused.unprocessable("stage", "Үміткердің соңғы шешімі — «" + latest.getStage().nameIn("kk") + "» ("
          + latest.getOutcome() + "); апелляцияны тек соңғы шешімге және үміткердің пайдасына шықпаған шешімге ғана "
          + "беруге болады / Последнее решение по кандидату — «" + latest.getStage().nameIn("ru") + "» ("
          + latest.getOutcome() + "); обжаловать можно только последнее решение и только не в пользу кандидата");
    }
    Instant closes = latest.getDecidedAt().plus(settings.window());
    if (clock.instant().isAfter(closes)) {
      String closed = ProgrammeClock.DAY_AND_TIME.format(closes);
      throw AppealRefused.unprocessable("stage", "Бұл шешімге апелляция беру мерзімі " + closed + " (Астана уақытымен) "
          + "аяқталды / Срок подачи апелляции на это решение истёк " + closed + " (по времени Астаны)");
    }
    if (appeals.findByStageResultId(latest.getId()).isPresent()) {
      throw AppealRefused.alreadyAppealed(decision);
    }
    Appeal appeal;
    try {
      appeal = appeals.saveAndFlush(new Appeal(application.getId(), latest.getId(), stage, reason,
          decidersOf(latest), clock.instant()));
    } catch (DataIntegrityViolationException twice) {
      throw AppealRefused.alreadyAppealed(decision);
    }
    results.save(new StageResult(application.getId(), Stage.APPEAL, Outcome.LODGED,
        "appeal " + appeal.getId() + " of " + stage + " " + latest.getOutcome() + ": " + reason, portal,
        clock.instant()));
    Map<String, Object> variables = new HashMap<>(application.journeyVariables());
    variables.put(APPEAL_ID.name(), appeal.getId());
    variables.put(APPEAL_STAGE, stage);
    variables.put("appealStageKk", decision.kazakh());
    variables.put("appealStageRu", decision.russian());
    variables.put("appealDecisionDays", settings.decisionTime().toDays());
    // set on an overturn that comes with a make-up test sitting; the model's last gateway reads it
    variables.put(AppealSteps.MAKE_UP_SITTING_BY, null);
    String instanceId = asTheApplication.run(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        application.getApplicationNumber(), variables).getId());
    appeal.startedAs(instanceId);
    return view(appeal, application, latest);
  }

  /** The decisions a candidate may appeal, by their stages' names in one language: «Тестілеу», «Оқыту: …», … */
  private static String appealable(Function<AppealableDecision, String> name) {
    return Arrays.stream(AppealableDecision.values()).map(decision -> "«" + name.apply(decision) + "»")
        .collect(Collectors.joining(", "));
  }

  /** The candidate's reason, for the commission's open task only (kept out of history, like a candidate's report). */
  @Transactional(readOnly = true)
  String reasonOf(long appealId) {
    return appeals.findById(appealId).orElseThrow().getReason();
  }

  /** The appealing candidate's application id. */
  @Transactional(readOnly = true)
  long applicationOf(long appealId) {
    return appeals.findById(appealId).orElseThrow().getApplicationId();
  }

  @Transactional(readOnly = true)
  public List<View> of(String applicationNumber) {
    Application application = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    return appeals.findByApplicationIdOrderByLodgedAtAsc(application.getId()).stream()
        .map(appeal -> view(appeal, application, results.findById(appeal.getStageResultId()).orElseThrow())).toList();
  }

  private static View view(Appeal appeal, Application application, StageResult appealed) {
    return new View(appeal.getId(), application.getApplicationNumber(), appeal.getStage(), appealed.getOutcome().stored(),
        appeal.getState(), appeal.getLodgedAt());
  }

  /**
   * Everyone who took the appealed decision: who recorded it, and for a decision of several people
   * (the blind reviews and the external review; the commission's scores and the chair) each of them.
   */
  List<String> decidersOf(StageResult appealed) {
    long applicationId = appealed.getApplicationId();
    Set<String> people = new LinkedHashSet<>();
    people.add(appealed.getDecidedBy());
    results.findByApplicationIdOrderByDecidedAtAsc(applicationId).stream()
        .filter(result -> result.getStage().equals(appealed.getStage())
            || Stage.FINAL_ASSESSMENT.equals(appealed.getStage()) && Stage.EXTERNAL_REVIEW.equals(result.getStage())
            || Stage.INTERVIEW_DECISION.equals(appealed.getStage()) && Stage.INTERVIEW.equals(result.getStage()))
        .forEach(result -> people.add(result.getDecidedBy()));
    if (Stage.FINAL_ASSESSMENT.equals(appealed.getStage())) {
      finalReviews.findByApplicationIdOrderByReviewedAtAscIdAsc(applicationId)
          .forEach(review -> people.add(review.getReviewer()));
    }
    if (Stage.INTERVIEW_DECISION.equals(appealed.getStage())) {
      interviewScores.findByApplicationId(applicationId).forEach(score -> people.add(score.getMember()));
    }
    people.remove("system");
    return List.copyOf(people);
  }
}
