package kz.edu.leaders.fairness;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.assessment.FinalReview;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who judged how in a cohort: the two experts' blind scores of each reflective report (0 to 100) and
 * each commission member's interview scores (their mean over the competencies, 1 to 5). Names the
 * raters, so only process owners who rate no one themselves read it
 * ({@link CurrentUser#mayReadRaterFigures}).
 */
@Service
public class RaterReport {

  private final EntityManager entityManager;
  private final FairnessSettings settings;

  public RaterReport(EntityManager entityManager, FairnessSettings settings) {
    this.entityManager = entityManager;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  public RaterFigures.Report of(int cohortYear) {
    List<RaterFigures.Rating> experts = entityManager.createQuery("select r.applicationId, r.reviewer, r.score,"
        + " r.reviewedAt from FinalReview r, Application a where a.id = r.applicationId and a.cohortYear = :year"
        + " and r.kind = :kind", Object[].class).setParameter("year", cohortYear)
        .setParameter("kind", FinalReview.Kind.EXPERT).getResultList().stream()
        .map(RaterReport::rating).toList();
    // the comparison of each pair: agreed, or too far apart and sent to arbitration (DMN review-gap)
    Map<Long, Boolean> arbitrated = new HashMap<>();
    entityManager.createQuery("select s.applicationId, s.outcome from StageResult s, Application a"
        + " where a.id = s.applicationId and a.cohortYear = :year and s.stage = :stage"
        + " and s.outcome in :experts order by s.decidedAt, s.id", Object[].class)
        .setParameter("year", cohortYear).setParameter("stage", Stage.FINAL_ASSESSMENT)
        .setParameter("experts", List.of(Outcome.AGREED, Outcome.ARBITRATION)).getResultList()
        .forEach(row -> arbitrated.put((Long) row[0], row[1] == Outcome.ARBITRATION));
    List<RaterFigures.Rating> commission = entityManager.createQuery("select s.applicationId, s.member,"
        + " avg(s.score), max(s.scoredAt) from InterviewScore s, Application a where a.id = s.applicationId"
        + " and a.cohortYear = :year group by s.applicationId, s.member", Object[].class)
        .setParameter("year", cohortYear).getResultList().stream()
        .map(RaterReport::rating).toList();
    return new RaterFigures.Report(cohortYear, settings.raterMinimum(),
        RaterFigures.panel("0-100", experts, arbitrated, settings.expertGap(), settings.raterMinimum()),
        RaterFigures.panel("1-5", commission, null, settings.commissionGap(), settings.raterMinimum()));
  }

  /** A row of candidate, rater, score and time. */
  private static RaterFigures.Rating rating(Object[] row) {
    return new RaterFigures.Rating((Long) row[0], (String) row[1], ((Number) row[2]).doubleValue(), (Instant) row[3]);
  }
}
