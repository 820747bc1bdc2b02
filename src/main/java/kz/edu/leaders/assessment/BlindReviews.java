package kz.edu.leaders.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.CandidateReport;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.rules.DecisionRules;
import kz.edu.leaders.staff.StaffRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final assessment's reviews: the candidate's reflective report, scored blind by two experts who
 * are never the same person and never from the candidate's organisation; a third, arbitration review
 * when their scores are too far apart (DMN {@code review-gap}); and the external review.
 */
@Service
public class BlindReviews {

  static final String REVIEW_GAP = "review-gap";
  static final int MIN_LENGTH = 500;
  static final int MAX_LENGTH = 20_000;

  private final ApplicationRepository applications;
  private final FinalReportRepository reports;
  private final FinalReviewRepository reviews;
  private final StageResultRepository results;
  private final DecisionRules rules;
  private final StaffRegistry staff;
  private final RuntimeService runtimeService;
  private final AsTheApplication asTheApplication;
  private final Clock clock;

  public BlindReviews(ApplicationRepository applications, FinalReportRepository reports, FinalReviewRepository reviews,
      StageResultRepository results, DecisionRules rules, StaffRegistry staff,
      RuntimeService runtimeService, AsTheApplication asTheApplication, Clock clock) {
    this.applications = applications;
    this.reports = reports;
    this.reviews = reviews;
    this.results = results;
    this.rules = rules;
    this.staff = staff;
    this.runtimeService = runtimeService;
    this.asTheApplication = asTheApplication;
    this.clock = clock;
  }

  /** The candidate's reflective report (API): once, and only while the final assessment waits for it. */
  @Transactional
  public FinalReport submit(String applicationNumber, String report) {
    Application application = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    String text = CandidateReport.text(report, MIN_LENGTH, MAX_LENGTH);
    if (reports.existsById(application.getId())) {
      throw new ApplicationStateException(applicationNumber + " өтінімі бойынша рефлексивті есеп тапсырылып қойған / "
          + "Рефлексивный отчёт по заявке " + applicationNumber + " уже сдан");
    }
    FinalReport saved = reports.save(new FinalReport(application.getId(), text, clock.instant()));
    int waiting = asTheApplication.run(() -> runtimeService.createMessageCorrelation(
            FinalAssessment.MESSAGE_REPORT_SUBMITTED)
        .processInstanceVariableEquals(CandidateJourney.APPLICATION_ID.name(), application.getId())
        .correlateAllWithResult().size());
    if (waiting == 0) {
      throw new ApplicationStateException(applicationNumber + " өтінімі қорытынды бағалау кезеңінде емес, рефлексивті "
          + "есеп қазір қабылданбайды / Заявка " + applicationNumber + " не на этапе итогового оценивания, "
          + "рефлексивный отчёт сейчас не принимается");
    }
    return saved;
  }

  @Transactional(readOnly = true)
  public String reportOf(long applicationId) {
    return reports.findById(applicationId).orElseThrow().getReport();
  }

  /**
   * Why this person may not review the report, if they may not: they reviewed it already, or they
   * work at the candidate's organisation (the staff registry, {@link StaffRegistry}).
   *
   * @return the reason, or null when they may
   */
  @Transactional(readOnly = true)
  public String conflictOf(long applicationId, String reviewer) {
    if (reviews.findByApplicationIdOrderByReviewedAtAscIdAsc(applicationId).stream()
        .anyMatch(r -> r.getReviewer().equals(reviewer))) {
      return "Бұл сарапшы осы есепті бағалап қойған; екінші бағалауды басқа сарапшы береді / "
          + "Этот эксперт уже оценил(а) этот отчёт; вторую оценку даёт другой эксперт";
    }
    Application application = applications.findById(applicationId).orElseThrow();
    if (staff.worksAt(reviewer, application.getOrganisationName())) {
      return "Бұл сарапшы үміткердің ұйымында жұмыс істейді (мүдделер қақтығысы) / "
          + "Этот эксперт работает в организации кандидата (конфликт интересов)";
    }
    return null;
  }

  /** Records one blind review; the table's unique key refuses a second one by the same person. */
  @Transactional
  public int record(long applicationId, FinalReview.Kind kind, ReviewForm review) {
    String conflict = conflictOf(applicationId, review.reviewer());
    if (conflict != null) {
      throw new FieldRefused(FinalAssessment.REVIEW_SCORE, conflict);
    }
    reviews.saveAndFlush(new FinalReview(applicationId, review.reviewer(), kind, review.score(), review.comment(),
        clock.instant()));
    return review.score();
  }

  /** The two experts' scores compared by DMN {@code review-gap}: their mean stands, or an arbitration decides. */
  public record Comparison(boolean arbitrationNeeded, int mean) {
  }

  /** The gap between the two experts' scores: the input of the model's review-gap business rule task. */
  @ModelFunction
  @Transactional(readOnly = true)
  public int scoreGap(Long applicationId) {
    return gapOf(expertReviewsOf(applicationId));
  }

  /** Records the comparison as the model's review-gap table decided it. */
  @Transactional
  public Comparison recordComparison(long applicationId, boolean arbitration) {
    List<FinalReview> experts = expertReviewsOf(applicationId);
    int gap = gapOf(experts);
    DecisionRules.Outcome rule = rules.evaluatedInTheModel(REVIEW_GAP, Map.of(FinalAssessment.SCORE_GAP, gap),
        List.of(Map.of("arbitration", arbitration)));
    int mean = Math.round((experts.get(0).getScore() + experts.get(1).getScore()) / 2f);
    results.save(new StageResult(applicationId, Stage.FINAL_ASSESSMENT, arbitration ? Outcome.ARBITRATION : Outcome.AGREED,
        experts.get(0).getReviewer() + ": " + experts.get(0).getScore() + ", " + experts.get(1).getReviewer() + ": "
            + experts.get(1).getScore() + ", gap " + gap, "system", clock.instant()).byRule(rule, mean));
    return new Comparison(arbitration, mean);
  }

  private List<FinalReview> expertReviewsOf(long applicationId) {
    List<FinalReview> experts = reviews.findByApplicationIdOrderByReviewedAtAscIdAsc(applicationId).stream()
        .filter(r -> r.getKind() == FinalReview.Kind.EXPERT).toList();
    if (experts.size() != 2) {
      throw new IllegalStateException("application " + applicationId + " has " + experts.size() + " expert reviews");
    }
    return experts;
  }

  private static int gapOf(List<FinalReview> experts) {
    return Math.abs(experts.get(0).getScore() - experts.get(1).getScore());
  }

  /** Everyone who reviewed the report, in order, for the record of the combined result. */
  @Transactional(readOnly = true)
  public String reviewersOf(long applicationId) {
    return String.join(", ", reviews.findByApplicationIdOrderByReviewedAtAscIdAsc(applicationId).stream()
        .map(FinalReview::getReviewer).toList());
  }

  /** The external review: it confirms the result, or flags it with a reason (and an arbitration follows). */
  @Transactional
  public boolean recordExternalReview(long applicationId, ExternalReviewForm review) {
    results.save(new StageResult(applicationId, Stage.EXTERNAL_REVIEW,
        review.confirmed() ? Outcome.CONFIRMED : Outcome.FLAGGED, review.reason().isEmpty() ? null : review.reason(),
        review.reviewer(), clock.instant()));
    return review.confirmed();
  }
}
