package kz.edu.leaders.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.edu.leaders.region.Region;

/**
 * What happens to one applicant, drawn before the run from a seeded random source, at rates taken
 * from docs/DOMAIN.md: 13,796 applied and 4,950 passed documents in 2024 (35.9 %); 567 trained (the
 * capacity, 4.1 % of applicants); of 428 trained in 2025, 411 interviewed and 403 entered the reserve;
 * 53 of Turkistan's 69 reservists appointed (76.8 %). Whether someone is admitted to training is not
 * drawn: the ranking decides it from the scores, the capacity and the quota.
 */
record Fate(Region region, boolean eligible, Screening screening, boolean noShow, int testScore,
    List<LevelRun> levels, boolean withdrawsInTraining, boolean failsInternship, int firstReview, int secondReview,
    boolean failsInterview, boolean declinesOffer) {

  enum Screening { ACCEPTED, REJECTED, INCOMPLETE_THEN_ACCEPTED, INCOMPLETE_THEN_REJECTED, INCOMPLETE_NOT_SENT }

  /** One training level: passed at once, passed at the retake, or failed twice. */
  enum LevelRun { PASSED, RETAKE_PASSED, FAILED }

  /**
   * Applicants per region, in per mille, after the regions' school-age populations; Turkistan the
   * largest (56 of 403 reservists in 2025 were from Turkistan, docs/DOMAIN.md).
   */
  static final Map<Region, Integer> REGION_WEIGHTS = weights();

  static Fate draw(Random random) {
    Region region = regionAt(random.nextInt(1000));
    boolean eligible = random.nextDouble() >= 0.04;
    double s = random.nextDouble();
    // 4 % ineligible, then 31 % accepted at once and 12 % asked for a document (3/4 send it, 4/5 of
    // those are accepted): about 36.7 % of applicants pass documents, as in 2024
    Screening screening = s < 0.31 ? Screening.ACCEPTED
        : s < 0.31 + 0.12 * 0.6 ? Screening.INCOMPLETE_THEN_ACCEPTED
        : s < 0.31 + 0.12 * 0.75 ? Screening.INCOMPLETE_THEN_REJECTED
        : s < 0.43 ? Screening.INCOMPLETE_NOT_SENT
        : Screening.REJECTED;
    boolean noShow = random.nextDouble() < 0.08;
    int testScore = 30 + random.nextInt(71);
    List<LevelRun> levels = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      double l = random.nextDouble();
      // 428 trained, 411 interviewed: a few leave at each later step
      levels.add(l < 0.004 ? LevelRun.FAILED : l < 0.06 ? LevelRun.RETAKE_PASSED : LevelRun.PASSED);
    }
    boolean withdraws = random.nextDouble() < 0.005;
    boolean failsInternship = random.nextDouble() < 0.01;
    // 17 of 428 failed the final assessment (4 %); one review in ten differs by more than 20 points
    boolean failsAssessment = random.nextDouble() < 17.0 / 428;
    boolean arbitration = random.nextDouble() < 0.1;
    int first = failsAssessment ? 35 + random.nextInt(15) : 65 + random.nextInt(30);
    int second = failsAssessment ? first + random.nextInt(5) : arbitration ? Math.max(0, first - 25)
        : Math.min(100, first + random.nextInt(15));
    boolean failsInterview = random.nextDouble() < 8.0 / 411;
    boolean declines = random.nextDouble() < 0.1;
    return new Fate(region, eligible, screening, noShow, testScore, levels, withdraws, failsInternship, first, second,
        failsInterview, declines);
  }

  boolean arbitration() {
    return Math.abs(firstReview - secondReview) > 20;
  }

  /** The region of the applicant at this per mille of the weights (0 to 999). */
  static Region regionAt(int perMille) {
    int sum = 0;
    for (Map.Entry<Region, Integer> weight : REGION_WEIGHTS.entrySet()) {
      sum += weight.getValue();
      if (perMille < sum) {
        return weight.getKey();
      }
    }
    return Region.TURKISTAN;
  }

  private static Map<Region, Integer> weights() {
    Map<Region, Integer> w = new EnumMap<>(Region.class);
    w.put(Region.TURKISTAN, 140);
    w.put(Region.ALMATY_REGION, 75);
    w.put(Region.ALMATY, 70);
    w.put(Region.SHYMKENT, 75);
    w.put(Region.ZHAMBYL, 65);
    w.put(Region.ASTANA, 65);
    w.put(Region.KARAGANDA, 55);
    w.put(Region.KYZYLORDA, 45);
    w.put(Region.AKTOBE, 45);
    w.put(Region.MANGYSTAU, 40);
    w.put(Region.EAST_KAZAKHSTAN, 35);
    w.put(Region.ZHETYSU, 35);
    w.put(Region.ATYRAU, 35);
    w.put(Region.WEST_KAZAKHSTAN, 35);
    w.put(Region.AKMOLA, 35);
    w.put(Region.KOSTANAY, 35);
    w.put(Region.PAVLODAR, 35);
    w.put(Region.ABAI, 30);
    w.put(Region.NORTH_KAZAKHSTAN, 25);
    w.put(Region.ULYTAU, 25);
    return w;
  }
}
