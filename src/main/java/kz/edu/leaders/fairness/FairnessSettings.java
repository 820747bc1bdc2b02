package kz.edu.leaders.fairness;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the fairness and rater figures judge (leaders.fairness in application.yml).
 *
 * @param smallestShown a group with fewer candidates is not shown at all (its size, rate and scores
 *     could point at the people in it), nor is the next smallest group of the same split when that alone
 *     would let a reader work it out from the stage's total
 * @param smallestJudged a group with fewer candidates is shown but not judged by the four-fifths check
 * @param fourFifths a group whose pass rate is below this share of the highest group's is flagged
 * @param expertGap how far (of 100) an expert's leniency or drift may go before it is flagged
 * @param commissionGap how far (of 5) a commission member's leniency or drift may go before it is flagged
 * @param raterMinimum the fewest candidates a rater must share with others before their leniency or drift is
 *     flagged
 */
@ConfigurationProperties("leaders.fairness")
public record FairnessSettings(Integer smallestShown, Integer smallestJudged, Double fourFifths, Double expertGap,
    Double commissionGap, Integer raterMinimum) {

  public FairnessSettings {
    smallestShown = smallestShown == null ? 10 : smallestShown;
    smallestJudged = smallestJudged == null ? 30 : smallestJudged;
    fourFifths = fourFifths == null ? 0.8 : fourFifths;
    expertGap = expertGap == null ? 10.0 : expertGap;
    commissionGap = commissionGap == null ? 0.5 : commissionGap;
    raterMinimum = raterMinimum == null ? 10 : raterMinimum;
    if (smallestShown < 1 || smallestJudged < smallestShown) {
      throw new IllegalArgumentException("leaders.fairness: smallest-shown must be at least 1 and smallest-judged at "
          + "least smallest-shown (" + smallestShown + ", " + smallestJudged + ")");
    }
  }

  static FairnessSettings defaults() {
    return new FairnessSettings(null, null, null, null, null, null);
  }
}
