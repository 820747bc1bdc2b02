package kz.edu.leaders.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.region.Region;

/**
 * Who goes on to training. Candidates at or above the pass mark are ranked by score, ties broken by
 * the earlier application. A region with a quota has that many seats reserved for its best
 * candidates; every other seat, up to the capacity, goes down the national ranking.
 */
public final class RankingRule {

  public enum Basis { REGIONAL_QUOTA, WITHIN_CAPACITY, OVER_CAPACITY }

  public record Candidate(long applicationId, Region region, int score, Instant appliedAt) {
  }

  public record Placed(Candidate candidate, int position, boolean admitted, Basis basis) {
  }

  static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::score).reversed()
      .thenComparing(Candidate::appliedAt).thenComparingLong(Candidate::applicationId);

  private RankingRule() {
  }

  public static List<Placed> rank(List<Candidate> passed, int capacity, Map<Region, Integer> quotas) {
    List<Candidate> ranked = passed.stream().sorted(ORDER).toList();
    Map<Region, Integer> reservedLeft = new EnumMap<>(Region.class);
    reservedLeft.putAll(quotas);
    Basis[] bases = new Basis[ranked.size()];
    int seatsTaken = 0;
    for (int i = 0; i < ranked.size() && seatsTaken < capacity; i++) {
      Region region = ranked.get(i).region();
      if (reservedLeft.getOrDefault(region, 0) > 0) {
        reservedLeft.merge(region, -1, Integer::sum);
        bases[i] = Basis.REGIONAL_QUOTA;
        seatsTaken++;
      }
    }
    int openSeats = capacity - seatsTaken;
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      if (bases[i] == null) {
        bases[i] = openSeats > 0 ? Basis.WITHIN_CAPACITY : Basis.OVER_CAPACITY;
        if (openSeats > 0) {
          openSeats--;
        }
      }
      placed.add(new Placed(ranked.get(i), i + 1, bases[i] != Basis.OVER_CAPACITY, bases[i]));
    }
    return placed;
  }
}
