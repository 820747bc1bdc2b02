package kz.edu.leaders.fairness;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a cohort's candidates for the fairness figures: their groups from the application, their
 * outcomes and scores from the recorded stage results, the interview's from the commission's scores.
 */
@Service
@EnableConfigurationProperties(FairnessSettings.class)
public class FairnessReport {

  private final EntityManager entityManager;
  private final FairnessSettings settings;

  public FairnessReport(EntityManager entityManager, FairnessSettings settings) {
    this.entityManager = entityManager;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  public FairnessFigures.Report of(int cohortYear) {
    List<Application> applications = entityManager.createQuery(
        "select a from Application a where a.cohortYear = :year", Application.class)
        .setParameter("year", cohortYear).getResultList();
    Map<Long, Map<Stage, Outcome>> outcomes = new HashMap<>();
    Map<Long, Map<Measure, Double>> scores = new HashMap<>();
    Map<Stage, FairnessStage> stages = Arrays.stream(FairnessStage.values())
        .collect(Collectors.toMap(FairnessStage::recordedStage, Function.identity(), (a, b) -> a,
            () -> new EnumMap<>(Stage.class)));
    // in order, so that a later decision at a stage (a resubmission's, an arbitration's) stands
    for (StageResult result : entityManager.createQuery("select s from StageResult s, Application a"
        + " where a.id = s.applicationId and a.cohortYear = :year order by s.decidedAt, s.id", StageResult.class)
        .setParameter("year", cohortYear).getResultList()) {
      FairnessStage stage = stages.get(result.getStage());
      if (stage != null && stage.decides(result.getOutcome())) {
        outcomes.computeIfAbsent(result.getApplicationId(), id -> new EnumMap<>(Stage.class))
            .put(result.getStage(), result.getOutcome());
        Measure measure = scoredAt(result.getStage());
        if (measure != null && result.getScore() != null) {
          scores.computeIfAbsent(result.getApplicationId(), id -> new EnumMap<>(Measure.class))
              .put(measure, result.getScore().doubleValue());
        }
      }
    }
    for (Object[] row : entityManager.createQuery("select s.applicationId, avg(s.score) from InterviewScore s,"
        + " Application a where a.id = s.applicationId and a.cohortYear = :year group by s.applicationId",
        Object[].class).setParameter("year", cohortYear).getResultList()) {
      scores.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Measure.class))
          .put(Measure.INTERVIEW, ((Number) row[1]).doubleValue());
    }
    List<Candidate> candidates = applications.stream().map(a -> new Candidate(groupsOf(a),
        outcomes.getOrDefault(a.getId(), Map.of()), scores.getOrDefault(a.getId(), Map.of()))).toList();
    return FairnessFigures.of(cohortYear, candidates, settings);
  }

  private static Map<Dimension, String> groupsOf(Application application) {
    Map<Dimension, String> groups = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      groups.put(dimension, dimension.groupOf(application));
    }
    return groups;
  }

  /** The measure a stage's recorded score is, where it is one. */
  private static Measure scoredAt(Stage stage) {
    return switch (stage) {
      case TEST -> Measure.TEST;
      case FINAL_ASSESSMENT -> Measure.FINAL_ASSESSMENT;
      default -> null;
    };
  }
}
