package kz.edu.leaders.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.testing.RankingRule.Basis;
import kz.edu.leaders.testing.RankingRule.Candidate;
import kz.edu.leaders.testing.RankingRule.Placed;
import org.junit.jupiter.api.Test;

class RankingRuleTest {

  private static final Instant MORNING = Instant.parse("2026-03-01T04:00:00Z");

  private static Candidate candidate(long id, Region region, int score, int minutesAfterMorning) {
    return new Candidate(id, region, score, MORNING.plusSeconds(60L * minutesAfterMorning));
  }

  @Test
  void higherScoresComeFirstAndTiesGoToTheEarlierApplication() {
    List<Placed> ranking = RankingRule.rank(List.of(
        candidate(1, Region.ASTANA, 75, 30),
        candidate(2, Region.ASTANA, 91, 50),
        candidate(3, Region.ALMATY, 75, 10),
        candidate(4, Region.ABAI, 60, 0)), 10, Map.of());

    assertThat(ranking).extracting(p -> p.candidate().applicationId(), Placed::position, Placed::admitted)
        .containsExactly(tuple(2L, 1, true), tuple(3L, 2, true), tuple(1L, 3, true), tuple(4L, 4, true));
  }

  @Test
  void onlyTheCapacityIsAdmitted() {
    List<Placed> ranking = RankingRule.rank(List.of(
        candidate(1, Region.ASTANA, 80, 0), candidate(2, Region.ASTANA, 70, 0), candidate(3, Region.ASTANA, 60, 0)),
        2, Map.of());

    assertThat(ranking).extracting(Placed::admitted, Placed::basis)
        .containsExactly(tuple(true, Basis.WITHIN_CAPACITY), tuple(true, Basis.WITHIN_CAPACITY),
            tuple(false, Basis.OVER_CAPACITY));
  }

  @Test
  void aRegionalQuotaReservesSeatsForTheRegionsBestEvenBelowTheNationalCutOff() {
    List<Placed> ranking = RankingRule.rank(List.of(
        candidate(1, Region.ASTANA, 95, 0),
        candidate(2, Region.ASTANA, 90, 0),
        candidate(3, Region.ASTANA, 85, 0),
        candidate(4, Region.TURKISTAN, 70, 0),
        candidate(5, Region.TURKISTAN, 65, 0)), 3, Map.of(Region.TURKISTAN, 1));

    assertThat(ranking).extracting(p -> p.candidate().applicationId(), Placed::admitted, Placed::basis)
        .containsExactly(
            tuple(1L, true, Basis.WITHIN_CAPACITY),
            tuple(2L, true, Basis.WITHIN_CAPACITY),
            tuple(3L, false, Basis.OVER_CAPACITY),
            tuple(4L, true, Basis.REGIONAL_QUOTA),
            tuple(5L, false, Basis.OVER_CAPACITY));
  }

  @Test
  void seatsAQuotaRegionCannotFillGoToTheNationalRanking() {
    List<Placed> ranking = RankingRule.rank(List.of(
        candidate(1, Region.ASTANA, 95, 0), candidate(2, Region.ASTANA, 90, 0), candidate(3, Region.ULYTAU, 50, 0)),
        3, Map.of(Region.ULYTAU, 2, Region.SHYMKENT, 5));

    assertThat(ranking).extracting(Placed::admitted).containsExactly(true, true, true);
    assertThat(ranking).extracting(Placed::basis)
        .containsExactly(Basis.WITHIN_CAPACITY, Basis.WITHIN_CAPACITY, Basis.REGIONAL_QUOTA);
  }

  @Test
  void quotaCandidatesInsideTheNationalCutOffUseTheirRegionsSeatFirst() {
    List<Placed> ranking = RankingRule.rank(List.of(
        candidate(1, Region.TURKISTAN, 99, 0), candidate(2, Region.ASTANA, 90, 0), candidate(3, Region.ASTANA, 80, 0)),
        2, Map.of(Region.TURKISTAN, 1));

    assertThat(ranking).extracting(Placed::admitted, Placed::basis).containsExactly(
        tuple(true, Basis.REGIONAL_QUOTA), tuple(true, Basis.WITHIN_CAPACITY), tuple(false, Basis.OVER_CAPACITY));
  }

  @Test
  void nobodyPassedNobodyRanked() {
    assertThat(RankingRule.rank(List.of(), 600, Map.of())).isEmpty();
  }
}
