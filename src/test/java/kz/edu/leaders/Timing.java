package kz.edu.leaders;

import java.util.ArrayList;
import java.util.List;

/** Times an action for the benchmarks: warm-up runs first, then the median and 95th percentile. */
public final class Timing {

  public record Percentiles(double p50, double p95) {
  }

  private Timing() {
  }

  /** @return p50 and p95 in milliseconds */
  public static Percentiles of(Runnable action, int warmUps, int samples) {
    for (int i = 0; i < warmUps; i++) {
      action.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      action.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return percentiles(millis);
  }

  /** p50 and p95 of samples taken elsewhere (e.g. by concurrent users), in their unit. */
  public static Percentiles percentiles(List<Double> samples) {
    if (samples.isEmpty()) {
      return new Percentiles(0, 0);
    }
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Percentiles(sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]);
  }
}
