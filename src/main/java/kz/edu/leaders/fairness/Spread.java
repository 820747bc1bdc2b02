package kz.edu.leaders.fairness;

import java.util.List;

/**
 * How a group's scores lie: the median and the quartiles (linear interpolation between the sorted
 * scores, as spreadsheets' QUARTILE.INC does), so the interquartile range holds the middle half.
 */
public record Spread(int n, double median, double lowerQuartile, double upperQuartile) {

  public double interquartileRange() {
    return upperQuartile - lowerQuartile;
  }

  /** @param scores at least one */
  static Spread of(List<Double> scores) {
    double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Spread(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
  }

  private static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
