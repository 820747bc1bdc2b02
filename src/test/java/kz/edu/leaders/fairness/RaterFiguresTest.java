package kz.edu.leaders.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constructed scores with figures worked out by hand. */
class RaterFiguresTest {

  private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");

  /**
   * Three members score four candidates (their means over the competencies):
   * <pre>
   *            A  B  C   mean
   * first      4  3  5   4
   * second     2  1  3   2
   * third      5  4  3   4
   * fourth     3  2  1   2      grand mean 3
   * </pre>
   * Between candidates: SSB = 3 * (1 + 1 + 1 + 1) = 12 on 3 degrees of freedom, MSB = 4. Within:
   * SSW = 2 + 2 + 2 + 2 = 8 on 12 - 4 = 8, MSW = 1. ICC(1,1) = (MSB - MSW) / (MSB + (k - 1) MSW)
   * = (4 - 1) / (4 + 2 * 1) = 0.5.
   * A's leniency: 4 - 4, 2 - 2, 5 - 3.5, 3 - 1.5, a mean of 0.75; earlier half 0, later 1.5, a drift
   * of 1.5. B's: -1.5, -1.5, 0, 0: -0.75, drift +1.5. C's: 1.5, 1.5, -1.5, -1.5: 0, drift -3.
   */
  @Test
  void theCommissionsAgreementAndEachMembersLeniencyAndDrift() {
    int[][] scores = {{4, 3, 5}, {2, 1, 3}, {5, 4, 3}, {3, 2, 1}};
    List<RaterFigures.Rating> ratings = new ArrayList<>();
    for (int candidate = 0; candidate < scores.length; candidate++) {
      for (int member = 0; member < 3; member++) {
        ratings.add(new RaterFigures.Rating(candidate, "ABC".substring(member, member + 1), scores[candidate][member],
            START.plusSeconds(3600L * candidate)));
      }
    }
    RaterFigures.Panel panel = RaterFigures.panel("1-5", ratings, null, 0.5, 4);

    assertThat(panel.icc()).isEqualTo(0.5);
    assertThat(panel.candidates()).isEqualTo(4);
    assertThat(panel.ratings()).isEqualTo(12);
    assertThat(panel.arbitrationShare()).isNull();
    RaterFigures.Rater a = rater(panel, "A");
    assertThat(a.leniency()).isEqualTo(0.75);
    assertThat(a.earlierLeniency()).isEqualTo(0.0);
    assertThat(a.laterLeniency()).isEqualTo(1.5);
    assertThat(a.drift()).isEqualTo(1.5);
    assertThat(a.outOfLine()).isTrue();
    assertThat(a.drifting()).isTrue();
    assertThat(rater(panel, "B").leniency()).isEqualTo(-0.75);
    RaterFigures.Rater c = rater(panel, "C");
    assertThat(c.leniency()).isEqualTo(0.0);
    assertThat(c.drift()).isEqualTo(-3.0);
    assertThat(c.outOfLine()).isFalse();
    assertThat(c.drifting()).isTrue();
    assertThat(a.pairs()).isNull();

    // under the minimum of shared candidates, nobody is flagged
    RaterFigures.Rater unjudged = rater(RaterFigures.panel("1-5", ratings, null, 0.5, 5), "A");
    assertThat(unjudged.leniency()).isEqualTo(0.75);
    assertThat(unjudged.drift()).isNull();
    assertThat(unjudged.outOfLine()).isFalse();
    assertThat(unjudged.drifting()).isFalse();
  }

  /**
   * Four reports, two experts each: r1 X 80 / Y 60 (sent to arbitration), r2 X 70 / Z 66, r3 Y 50 /
   * Z 54, r4 X 75 / Y 71. Means 70, 68, 52, 73, grand mean 65.75. SSB = 2 * (4.25² + 2.25² + 13.75² +
   * 7.25²) = 529.5, MSB = 176.5; SSW = 200 + 8 + 8 + 8 = 224 on 4, MSW = 56;
   * ICC = (176.5 - 56) / (176.5 + 56) = 0.518. X's leniency (20 + 4 + 4) / 3 = 9.333; one of X's three
   * pairs went to arbitration, none of Z's two; one of all four.
   */
  @Test
  void theExpertsAgreementAndEachOnesShareSentToArbitration() {
    List<RaterFigures.Rating> ratings = List.of(
        new RaterFigures.Rating(1, "X", 80, START), new RaterFigures.Rating(1, "Y", 60, START),
        new RaterFigures.Rating(2, "X", 70, START), new RaterFigures.Rating(2, "Z", 66, START),
        new RaterFigures.Rating(3, "Y", 50, START), new RaterFigures.Rating(3, "Z", 54, START),
        new RaterFigures.Rating(4, "X", 75, START), new RaterFigures.Rating(4, "Y", 71, START));
    RaterFigures.Panel panel = RaterFigures.panel("0-100", ratings, Map.of(1L, true, 2L, false, 3L, false, 4L, false),
        10, 10);

    assertThat(panel.icc()).isEqualTo(0.518);
    assertThat(panel.arbitrationShare()).isEqualTo(0.25);
    RaterFigures.Rater x = rater(panel, "X");
    assertThat(x.candidates()).isEqualTo(3);
    assertThat(x.leniency()).isEqualTo(9.333);
    assertThat(x.pairs()).isEqualTo(3);
    assertThat(x.arbitrationShare()).isEqualTo(0.333);
    assertThat(rater(panel, "Z").arbitrationShare()).isEqualTo(0.0);
    assertThat(rater(panel, "Z").leniency()).isEqualTo(0.0);
  }

  @Test
  void noAgreementFigureWithoutTwoCandidatesScoredTwice() {
    assertThat(RaterFigures.icc(List.of(List.of(new RaterFigures.Rating(1, "A", 3, START),
        new RaterFigures.Rating(1, "B", 4, START))))).isNull();
  }

  private static RaterFigures.Rater rater(RaterFigures.Panel panel, String name) {
    return panel.raters().stream().filter(r -> r.rater().equals(name)).findFirst().orElseThrow();
  }
}
