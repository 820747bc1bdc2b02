package kz.edu.leaders.fairness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How consistently a panel of raters scores the same candidates, computed from the ratings alone (no
 * database) so that a test can hand it constructed scores: the intraclass correlation, each rater's
 * leniency against the others on the same candidates, and whether it changed over time.
 */
public final class RaterFigures {

  /** One rater's score of one candidate, and when it was given. */
  record Rating(long candidate, String rater, double score, Instant at) {
  }

  /**
   * @param candidates how many of their candidates someone else scored too
   * @param leniency the mean of (their score - the mean of the others' scores) over those candidates
   * @param drift the leniency over the later half of those candidates less that over the earlier half
   * @param arbitrationShare the share of their review pairs sent to arbitration (experts only)
   */
  public record Rater(String rater, int candidates, Double leniency, Double earlierLeniency, Double laterLeniency,
      Double drift, boolean outOfLine, boolean drifting, Integer pairs, Double arbitrationShare) {
  }

  /**
   * @param icc the one-way random intraclass correlation ICC(1,1) of the candidates scored at least twice
   * @param arbitrationShare the share of all review pairs sent to arbitration (experts only)
   */
  public record Panel(String scale, double gap, int candidates, int ratings, Double icc, Double arbitrationShare,
      List<Rater> raters) {
  }

  public record Report(int cohortYear, int raterMinimum, Panel experts, Panel commission) {
  }

  private RaterFigures() {
  }

  /**
   * @param arbitrated for expert reviews, whether each compared pair went to arbitration; null for the commission
   * @param gap how far a leniency or drift may go before it is flagged
   * @param minimum the fewest shared candidates a rater needs before either flag
   */
  static Panel panel(String scale, List<Rating> ratings, Map<Long, Boolean> arbitrated, double gap, int minimum) {
    Map<Long, List<Rating>> byCandidate = ratings.stream()
        .collect(Collectors.groupingBy(Rating::candidate, TreeMap::new, Collectors.toList()));
    Map<Long, List<Rating>> shared = new TreeMap<>(byCandidate);
    shared.values().removeIf(list -> list.size() < 2);
    Map<String, List<Rating>> byRater = ratings.stream()
        .collect(Collectors.groupingBy(Rating::rater, TreeMap::new, Collectors.toList()));
    List<Rater> raters = new ArrayList<>();
    byRater.forEach((rater, own) -> {
      // each of the rater's shared candidates, in the order they scored them: their score less the others' mean
      List<Double> deviations = own.stream().filter(r -> shared.containsKey(r.candidate()))
          .sorted(Comparator.comparing(Rating::at))
          .map(r -> r.score() - shared.get(r.candidate()).stream().filter(o -> !o.rater().equals(rater))
              .mapToDouble(Rating::score).average().orElseThrow())
          .toList();
      Double leniency = mean(deviations);
      int half = deviations.size() / 2;
      Double earlier = deviations.size() < minimum ? null : mean(deviations.subList(0, half));
      Double later = deviations.size() < minimum ? null : mean(deviations.subList(deviations.size() - half,
          deviations.size()));
      Double drift = earlier == null ? null : later - earlier;
      Set<Long> pairs = arbitrated == null ? Set.of()
          : own.stream().map(Rating::candidate).filter(arbitrated::containsKey).collect(Collectors.toSet());
      raters.add(new Rater(rater, deviations.size(), round(leniency), round(earlier), round(later), round(drift),
          leniency != null && deviations.size() >= minimum && Math.abs(leniency) >= gap,
          drift != null && Math.abs(drift) >= gap, arbitrated == null ? null : pairs.size(),
          arbitrated == null ? null : share(pairs.stream().filter(arbitrated::get).count(), pairs.size())));
    });
    return new Panel(scale, gap, byCandidate.size(), ratings.size(), round(icc(shared.values())),
        arbitrated == null ? null : share(arbitrated.values().stream().filter(b -> b).count(), arbitrated.size()),
        raters);
  }

  /**
   * ICC(1,1), one-way random effects (Shrout and Fleiss): each candidate is scored by their own set of
   * raters. (MSB - MSW) / (MSB + (k - 1) MSW) with MSB the mean square between candidates, MSW within;
   * with unequal numbers of raters, k is k0 = (N - sum of k_i squared / N) / (n - 1). Null under two
   * candidates or without variation.
   */
  static Double icc(Collection<List<Rating>> candidates) {
    int n = candidates.size();
    int total = candidates.stream().mapToInt(List::size).sum();
    if (n < 2 || total == n) {
      return null;
    }
    double grandMean = candidates.stream().flatMap(List::stream).mapToDouble(Rating::score).sum() / total;
    double between = 0;
    double within = 0;
    double squaredSizes = 0;
    for (List<Rating> scores : candidates) {
      double mean = scores.stream().mapToDouble(Rating::score).average().orElseThrow();
      between += scores.size() * (mean - grandMean) * (mean - grandMean);
      within += scores.stream().mapToDouble(r -> (r.score() - mean) * (r.score() - mean)).sum();
      squaredSizes += (double) scores.size() * scores.size();
    }
    double msb = between / (n - 1);
    double msw = within / (total - n);
    double k0 = (total - squaredSizes / total) / (n - 1);
    double denominator = msb + (k0 - 1) * msw;
    return denominator == 0 ? null : (msb - msw) / denominator;
  }

  private static Double mean(List<Double> values) {
    return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000) / 1000.0;
  }
}
