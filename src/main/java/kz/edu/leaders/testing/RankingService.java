package kz.edu.leaders.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.rules.DecisionRules;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranking into training, in three steps: propose (stored, not yet told to anyone), confirm (a
 * training coordinator, in Tasklist), publish (every candidate's journey gets its decision).
 */
@Service
public class RankingService {

  private static final Logger LOG = LoggerFactory.getLogger(RankingService.class);

  private final CohortService cohorts;
  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final RankingRepository ranking;
  private final DecisionRules rules;
  private final MakeUpSittingRepository makeUpSittings;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public RankingService(CohortService cohorts, ApplicationRepository applications, StageResultRepository results,
      RankingRepository ranking, MakeUpSittingRepository makeUpSittings, DecisionRules rules,
      RuntimeService runtimeService, Clock clock) {
    this.cohorts = cohorts;
    this.applications = applications;
    this.results = results;
    this.ranking = ranking;
    this.makeUpSittings = makeUpSittings;
    this.rules = rules;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Ranks everyone who passed the test and stores the proposal; returns a summary for the coordinator. */
  @Transactional
  public String propose(int cohortYear) {
    Cohort cohort = cohorts.find(cohortYear);
    DecisionRules.Outcome passMarks = rules.evaluate(TestResultRecorder.PASS_MARKS, Map.of("stage", Stage.TEST.name()));
    int passMark = ((Number) passMarks.single("passMark")).intValue();
    List<RankingRule.Candidate> passed = applications.findWithScore(cohortYear, ApplicationStatus.TEST_PASSED, Stage.TEST)
        .stream().map(row -> {
          Application application = (Application) row[0];
          return new RankingRule.Candidate(application.getId(), application.getRegion(), (Integer) row[1],
              application.getSubmittedAt());
        }).filter(candidate -> candidate.score() >= passMark).toList();
    List<RankingRule.Placed> placed = RankingRule.rank(passed, cohort.getTrainingCapacity(), cohort.getQuotas());
    ranking.deleteByCohortYear(cohortYear);
    ranking.flush();
    placed.forEach(p -> ranking.save(new RankingEntry(cohortYear, p, passMark, passMarks.version(), clock.instant())));
    LOG.info("Ranking proposed for {}: {} passed, {} admitted", cohortYear, passed.size(),
        placed.stream().filter(RankingRule.Placed::admitted).count());
    return summary(cohort, placed, passMark, passMarks.rule());
  }

  /** The coordinator's confirmation: only a confirmed ranking is published. */
  @Transactional
  public void confirm(int cohortYear, String coordinator) {
    ranking.findByCohortYearOrderByPositionAsc(cohortYear).forEach(entry -> entry.confirm(coordinator, clock.instant()));
  }

  /** Tells every ranked candidate's journey whether they are admitted, with their position and score. */
  @Transactional
  public int publish(int cohortYear) {
    int told = 0;
    for (RankingEntry entry : ranking.findByCohortYearOrderByPositionAsc(cohortYear)) {
      Application application = applications.findById(entry.getApplicationId()).orElseThrow();
      if (entry.getState() != RankingEntry.State.CONFIRMED || application.getStatus() != ApplicationStatus.TEST_PASSED) {
        continue;
      }
      application.changeStatus(entry.isAdmitted() ? ApplicationStatus.ADMITTED_TO_TRAINING : ApplicationStatus.NOT_ADMITTED);
      results.save(new StageResult(application.getId(), Stage.RANKING, entry.isAdmitted() ? Outcome.ADMITTED : Outcome.NOT_ADMITTED,
          "position " + entry.getPosition() + ", " + entry.getBasis(), entry.getConfirmedBy(), clock.instant())
          .byRule(TestResultRecorder.PASS_MARKS, entry.getRuleVersion(), entry.getScore()));
      tell(application, entry.isAdmitted(), entry.getPosition());
      entry.published();
      told++;
    }
    LOG.info("Ranking published for {}: {} candidates told", cohortYear, told);
    return told;
  }

  /**
   * Withdraws as no-shows the candidates still waiting for a test result when the window closes; one
   * with a make-up sitting is a no-show only when that sitting closes.
   */
  @Transactional
  public int withdrawNoShows(int cohortYear) {
    List<Application> waiting = applications.findByCohortYearAndStatus(cohortYear, ApplicationStatus.DOCUMENTS_ACCEPTED)
        .stream().filter(application -> !makeUpSittings.existsById(application.getId())).toList();
    waiting.forEach(this::withdrawNoShow);
    LOG.info("Test window of {} closed: {} no-shows withdrawn", cohortYear, waiting.size());
    return waiting.size();
  }

  /** One candidate's journey told they did not sit the test. */
  void withdrawNoShow(Application application) {
    // correlateAll: a journey that is somewhere else already (withdrawn by hand, say) is left alone
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_TEST_NO_SHOW)
        .processInstanceBusinessKey(application.getApplicationNumber()).correlateAll();
  }

  /** Where a candidate stands against a ranking drawn up without them. */
  public record LatePlacement(boolean admitted, int position) {
  }

  /**
   * A candidate who passed after the cohort's ranking was drawn up (a result overturned on appeal, a
   * make-up sitting) is not ranked again, as the others were told: they are placed against it, admitted
   * on an additional seat if the score reaches the lowest admitted one, else not admitted; status and
   * result recorded. Empty while no ranking is drawn up: they simply join it.
   */
  @Transactional
  public Optional<LatePlacement> placeAgainstDrawnRanking(Application application, int score) {
    List<RankingEntry> entries = ranking.findByCohortYearOrderByPositionAsc(application.getCohortYear());
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    int cutOff = entries.stream().filter(RankingEntry::isAdmitted).mapToInt(RankingEntry::getScore).min()
        .orElse(Integer.MAX_VALUE);
    boolean admitted = score >= cutOff;
    int position = 1 + (int) entries.stream().filter(entry -> entry.getScore() > score).count();
    application.changeStatus(admitted ? ApplicationStatus.ADMITTED_TO_TRAINING : ApplicationStatus.NOT_ADMITTED);
    results.save(new StageResult(application.getId(), Stage.RANKING, admitted ? Outcome.ADMITTED : Outcome.NOT_ADMITTED,
        "against the ranking already drawn up: score " + score + ", lowest admitted " + cutOff
            + (admitted ? " (an additional seat)" : ""), "system", clock.instant()));
    return Optional.of(new LatePlacement(admitted, position));
  }

  /** The candidate's journey, waiting for the ranking, told the decision. */
  void tell(Application application, boolean admitted, int position) {
    runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_RANKING_DECIDED)
        .processInstanceBusinessKey(application.getApplicationNumber())
        .setVariable(CandidateJourney.ADMITTED, admitted)
        .setVariable(CandidateJourney.RANK_POSITION, position)
        .correlate();
  }

  /** How many rows of the ranking the confirmation form shows. */
  static final int SHOWN_ROWS = 200;

  /** The first rows of the ranking as the confirmation form's table shows them, and how many there are. */
  public record Shown(ArrayList<Map<String, Object>> rows, int total) {
  }

  @Transactional(readOnly = true)
  public Shown shown(int cohortYear) {
    List<RankingEntry> entries = ranking.findByCohortYearOrderByPositionAsc(cohortYear);
    List<RankingEntry> first = entries.subList(0, Math.min(SHOWN_ROWS, entries.size()));
    Map<Long, Application> byId = new HashMap<>();
    applications.findAllById(first.stream().map(RankingEntry::getApplicationId).toList())
        .forEach(application -> byId.put(application.getId(), application));
    ArrayList<Map<String, Object>> rows = new ArrayList<>();
    for (RankingEntry entry : first) {
      Application application = byId.get(entry.getApplicationId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", entry.getPosition());
      row.put("applicationNumber", application.getApplicationNumber());
      row.put("maskedIin", application.getMaskedIin());
      row.put("region", application.getRegion().bilingualName());
      row.put("score", entry.getScore());
      row.put("admitted", entry.isAdmitted() ? "Иә / Да" : "Жоқ / Нет");
      row.put("seat", switch (entry.getBasis()) {
        case REGIONAL_QUOTA -> "Өңір квотасы / Квота региона";
        case WITHIN_CAPACITY -> "Жалпы орын / Общее место";
        case OVER_CAPACITY -> "—";
      });
      rows.add(row);
    }
    return new Shown(rows, entries.size());
  }

  @Transactional(readOnly = true)
  public List<RankingEntry> entries(int cohortYear) {
    return ranking.findByCohortYearOrderByPositionAsc(cohortYear);
  }

  /** Markdown for the confirmation form: the totals, the cut-off and the seats per region. */
  static String summary(Cohort cohort, List<RankingRule.Placed> placed, int passMark, String rule) {
    long admitted = placed.stream().filter(RankingRule.Placed::admitted).count();
    int cutOff = placed.stream().filter(RankingRule.Placed::admitted).mapToInt(p -> p.candidate().score()).min().orElse(0);
    Map<Region, int[]> byRegion = new TreeMap<>();
    placed.forEach(p -> {
      int[] counts = byRegion.computeIfAbsent(p.candidate().region(), r -> new int[2]);
      counts[0]++;
      counts[1] += p.admitted() ? 1 : 0;
    });
    Map<Region, Integer> quotas = new EnumMap<>(Region.class);
    quotas.putAll(cohort.getQuotas());
    StringBuilder text = new StringBuilder()
        .append("**").append(cohort.getYear()).append("**: ").append(placed.size())
        .append(" өтті / прошли тест (≥ ").append(passMark).append(", ").append(rule).append("), ")
        .append(admitted).append(" / ").append(cohort.getTrainingCapacity())
        .append(" оқуға / к обучению; шекті балл / проходной балл: ").append(cutOff).append("\n\n")
        .append("| Өңір / Регион | Өтті / Прошли | Оқуға / К обучению | Квота |\n|---|---|---|---|\n");
    byRegion.forEach((region, counts) -> text.append("| ").append(region.bilingualName()).append(" | ").append(counts[0])
        .append(" | ").append(counts[1]).append(" | ").append(quotas.getOrDefault(region, 0) == 0 ? "—"
            : quotas.get(region)).append(" |\n"));
    return text.toString();
  }
}
