package kz.edu.leaders.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.PassMarkAssessment;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.rules.DecisionRules;
import kz.edu.leaders.testing.MakeUpSitting;
import kz.edu.leaders.testing.MakeUpSittings;
import kz.edu.leaders.testing.RankingService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The appeals commission's decision, and what an overturn does to the candidate's journey. */
@Service
public class AppealDecisions {

  static final String DECISION = "appealDecision";
  static final String DECISION_REASON = "appealDecisionReason";
  static final String REVISED_SCORE = "revisedScore";
  static final String OVERTURNED = "appealOverturned";
  static final String UPHELD_VALUE = "upheld";
  static final String OVERTURNED_VALUE = "overturned";

  private static final Logger LOG = LoggerFactory.getLogger(AppealDecisions.class);

  private final AppealRepository appeals;
  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final RankingService ranking;
  private final MakeUpSittings makeUpSittings;
  private final AppealSettings settings;
  private final DecisionRules rules;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final Clock clock;

  public AppealDecisions(AppealRepository appeals, ApplicationRepository applications, StageResultRepository results,
      RankingService ranking, MakeUpSittings makeUpSittings, AppealSettings settings, DecisionRules rules,
      RuntimeService runtimeService, HistoryService historyService, Clock clock) {
    this.appeals = appeals;
    this.applications = applications;
    this.results = results;
    this.ranking = ranking;
    this.makeUpSittings = makeUpSittings;
    this.settings = settings;
    this.rules = rules;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.clock = clock;
  }

  /** A member who took the appealed decision may neither take nor decide its appeal (403 through the engine API). */
  @Transactional(readOnly = true)
  public void refuseDecider(long appealId, String member) {
    if (member != null && appeals.findById(appealId).orElseThrow().decidedBy(member)) {
      throw new AuthorizationException(member + " апелляция берілген шешімді қабылдаған, сондықтан апелляцияны "
          + "Апелляциялық комиссияның басқа мүшесі шешеді / " + member + " принял(а) обжалуемое решение, поэтому "
          + "апелляцию решает другой член Апелляционной комиссии");
    }
  }

  /** The commission's answer, recorded in the name of the member who claimed the task; true if overturned. */
  /**
   * The lowest score an overturned appeal may give: a re-marked test ranks the candidate with the score
   * the commission found, at least the pass mark; other stages are not re-scored (none).
   */
  @Transactional(readOnly = true)
  public OptionalInt lowestRevisedScore(long appealId) {
    if (!Stage.TEST.name().equals(appeals.findById(appealId).orElseThrow().getStage())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(((Number) rules.evaluate(PassMarkAssessment.PASS_MARKS, Map.of("stage", Stage.TEST.name()))
        .single("passMark")).intValue());
  }

  /** The decision as read from the form ({@link AppealDecision}), once the member may decide ({@link #refuseDecider}). */
  @Transactional
  public boolean decide(long appealId, AppealDecision decision) {
    Appeal appeal = appeals.findById(appealId).orElseThrow();
    appeal.decide(decision.overturned(), decision.reason(), decision.revisedScore(), decision.member(), clock.instant());
    results.save(new StageResult(appeal.getApplicationId(), Stage.APPEAL, Outcome.valueOf(appeal.getState().name()),
        "appeal " + appealId + " of " + appeal.getStage() + ": " + decision.reason(), decision.member(),
        clock.instant()));
    return decision.overturned();
  }

  /**
   * Overturned: the appealed result is revised by a new one (the original kept), and the journey is
   * started again where the decision took the candidate out, with its business key and last variables.
   * The journey had usually ended there, so it is restarted from its history (RuntimeService
   * restartProcessInstances) rather than routed back in the model: no stage's model needs an
   * "after an appeal" path, and Cockpit shows the restart in the journey's history. A rejection
   * overturned once the test window had opened comes with a make-up test sitting: its last day is
   * returned.
   */
  @Transactional
  public Optional<LocalDate> resumeJourney(long appealId) {
    Appeal appeal = appeals.findById(appealId).orElseThrow();
    AppealableDecision decision = AppealableDecision.of(appeal.getStage()).orElseThrow();
    Application application = applications.findById(appeal.getApplicationId()).orElseThrow();
    StageResult original = results.findById(appeal.getStageResultId()).orElseThrow();
    results.save(new StageResult(application.getId(), original.getStage(), decision.revisedOutcome(),
        "revised by appeal " + appealId + ": " + appeal.getDecisionReason(), appeal.getDecidedBy(), clock.instant())
        .byRule(original.getRuleId(), original.getRuleVersion() == null ? 0 : original.getRuleVersion(),
            appeal.getRevisedScore() != null ? appeal.getRevisedScore() : original.getScore())
        .revising(original));
    application.changeStatus(decision.resumedStatus());
    String journey = restart(application, decision.resumeBefore());
    application.startedAs(journey);
    Optional<LocalDate> makeUpSittingBy = decision == AppealableDecision.DOCUMENT_SCREENING
        ? makeUpSittings.grantIfWindowOpened(application, settings.makeUpSittingTime(), "appeal " + appealId)
            .map(MakeUpSitting::getSitBy)
        : Optional.empty();
    results.save(new StageResult(application.getId(), Stage.APPEAL, Outcome.JOURNEY_RESUMED, "appeal " + appealId
        + ": the journey resumed before " + decision.resumeBefore()
        + makeUpSittingBy.map(day -> "; a make-up test sitting until " + day).orElse(""), "system", clock.instant()));
    if (decision == AppealableDecision.TEST) {
      runtimeService.setVariable(journey, CandidateJourney.TEST_SCORE, appeal.getRevisedScore());
      runtimeService.setVariable(journey, CandidateJourney.TEST_PASSED, true);
      meetDrawnRanking(application, journey, appeal.getRevisedScore());
    }
    LOG.info("Appeal {} of {} overturned: journey {} resumed before {}", appealId, application.getApplicationNumber(),
        journey, decision.resumeBefore());
    return makeUpSittingBy;
  }

  /** The journey started again before that activity: restarted from history, or moved if it still runs. */
  private String restart(Application application, String activityId) {
    String number = application.getApplicationNumber();
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(CandidateJourney.PROCESS_KEY).singleResult();
    if (running != null) {
      // a mail of the ended branch still pending keeps the journey open: it is moved on in place
      runtimeService.createProcessInstanceModification(running.getId()).startBeforeActivity(activityId).execute();
      return running.getId();
    }
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(application.getProcessInstanceId()).singleResult();
    runtimeService.restartProcessInstances(ended.getProcessDefinitionId()).startBeforeActivity(activityId)
        .processInstanceIds(ended.getId()).execute();
    return startedInThisStep(execution -> execution.isProcessInstanceExecution()
        && number.equals(execution.getBusinessKey())
        && ended.getProcessDefinitionId().equals(execution.getProcessDefinitionId())).getId();
  }

  /** The restart ran in this step's command and is not flushed yet: a query would not see it, the cache does. */
  private static ExecutionEntity startedInThisStep(Predicate<ExecutionEntity> which) {
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).stream()
        .filter(which).findFirst().orElseThrow();
  }

  /**
   * A test appeal overturned after the cohort's ranking was drawn up is placed against it (see
   * {@link RankingService#placeAgainstDrawnRanking}); before the ranking the candidate simply joins it.
   */
  private void meetDrawnRanking(Application application, String journey, int score) {
    ranking.placeAgainstDrawnRanking(application, score).ifPresent(place -> {
      // what the published ranking's message would do, given to the waiting task directly (not yet queryable)
      String waiting = startedInThisStep(execution -> journey.equals(execution.getProcessInstanceId())
          && "Task_AwaitRanking".equals(execution.getActivityId())).getId();
      runtimeService.signal(waiting, Map.of(CandidateJourney.ADMITTED, place.admitted(),
          CandidateJourney.RANK_POSITION, place.position()));
    });
  }
}
