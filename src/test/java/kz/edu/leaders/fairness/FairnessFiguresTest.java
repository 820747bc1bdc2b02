package kz.edu.leaders.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import org.junit.jupiter.api.Test;

/**
 * A constructed cohort of 100 tested candidates: 50 women of whom 30 pass (60 %), 50 men of whom 21
 * pass (42 %, 0.7 of the women's rate); 95 prefer Kazakh, 5 Russian; 80 deputy heads, 20 teachers.
 */
class FairnessFiguresTest {

  private static final FairnessSettings SETTINGS = FairnessSettings.defaults();

  @Test
  void flagsTheGroupAtSevenTenthsOfTheHighestRate() {
    FairnessFigures.Report report = FairnessFigures.of(2031, cohort(), SETTINGS);

    FairnessFigures.StageFigures test = stage(report, FairnessStage.TEST);
    assertThat(test.decided()).isEqualTo(100);
    assertThat(test.passed()).isEqualTo(51);
    FairnessFigures.Group men = group(test, Dimension.GENDER, "MALE");
    FairnessFigures.Group women = group(test, Dimension.GENDER, "FEMALE");
    assertThat(women.rate()).isEqualTo(60.0);
    assertThat(women.note()).isEqualTo(Note.HIGHEST);
    assertThat(women.flagged()).isFalse();
    assertThat(men.decided()).isEqualTo(50);
    assertThat(men.passed()).isEqualTo(21);
    assertThat(men.rate()).isEqualTo(42.0);
    assertThat(men.ratioToHighest()).isEqualTo(0.7);
    assertThat(men.flagged()).isTrue();
    assertThat(men.note()).isEqualTo(Note.BELOW_FOUR_FIFTHS);
    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.stage()).isEqualTo(FairnessStage.TEST);
      assertThat(finding.dimension()).isEqualTo(Dimension.GENDER);
      assertThat(finding.group()).isEqualTo("MALE");
      assertThat(finding.highestGroup()).isEqualTo("FEMALE");
      assertThat(finding.ratioToHighest()).isEqualTo(0.7);
    });
  }

  @Test
  void judgesNoGroupTooSmallAndShowsNoGroupThatCouldPointAtItsPeople() {
    FairnessFigures.StageFigures test = stage(FairnessFigures.of(2031, cohort(), SETTINGS), FairnessStage.TEST);

    // 20 teachers: shown, but under 30 decisions the four-fifths check says nothing about them
    FairnessFigures.Group teachers = group(test, Dimension.POST, "TEACHER");
    assertThat(teachers.decided()).isEqualTo(20);
    assertThat(teachers.ratioToHighest()).isNull();
    assertThat(teachers.flagged()).isFalse();
    assertThat(teachers.note()).isEqualTo(Note.TOO_FEW_TO_JUDGE);
    // 5 Russian speakers: hidden, and the 95 Kazakh speakers too, or 100 - 95 would give the 5 away
    FairnessFigures.Group russian = group(test, Dimension.LANGUAGE, "ru");
    FairnessFigures.Group kazakh = group(test, Dimension.LANGUAGE, "kk");
    assertThat(russian.note()).isEqualTo(Note.HIDDEN);
    assertThat(kazakh.note()).isEqualTo(Note.HIDDEN_WITH_SMALLER);
    assertThat(java.util.Arrays.asList(russian.decided(), russian.passed(), kazakh.decided(), kazakh.passed()))
        .containsOnlyNulls();
    assertThat(russian.rate()).isNull();
  }

  @Test
  void aRateOfExactlyFourFifthsIsNotFlagged() {
    List<Candidate> cohort = new ArrayList<>();
    // women 25 of 50 (50 %), men 20 of 50 (40 %): 0.8 of the women's rate
    for (int i = 0; i < 100; i++) {
      boolean female = i < 50;
      cohort.add(candidate(female, "kk", "DEPUTY_HEAD", female ? i < 25 : i < 70, 50));
    }
    FairnessFigures.Group men = group(stage(FairnessFigures.of(2031, cohort, SETTINGS), FairnessStage.TEST),
        Dimension.GENDER, "MALE");
    assertThat(men.ratioToHighest()).isEqualTo(0.8);
    assertThat(men.flagged()).isFalse();
  }

  /**
   * Women scored 51..100, men 1..50. Median of 50 sorted values: the mean of the 25th and 26th (75.5 for
   * women); quartiles by linear interpolation at positions 0.25 * 49 = 12.25 and 36.75 (0-based):
   * 63 + 0.25 = 63.25 and 87 + 0.75 = 87.75, an interquartile range of 24.5.
   */
  @Test
  void givesEachGroupsMedianAndSpread() {
    FairnessFigures.MeasureFigures test = FairnessFigures.of(2031, cohort(), SETTINGS).scores().stream()
        .filter(m -> m.measure() == Measure.TEST).findFirst().orElseThrow();
    FairnessFigures.ScoreGroup women = test.splits().stream().filter(s -> s.dimension() == Dimension.GENDER)
        .flatMap(s -> s.groups().stream()).filter(g -> g.group().equals("FEMALE")).findFirst().orElseThrow();
    assertThat(test.n()).isEqualTo(100);
    assertThat(women.n()).isEqualTo(50);
    assertThat(women.median()).isEqualTo(75.5);
    assertThat(women.lowerQuartile()).isEqualTo(63.25);
    assertThat(women.upperQuartile()).isEqualTo(87.75);
    assertThat(women.interquartileRange()).isEqualTo(24.5);
  }

  @Test
  void readsTheGenderFromTheIinsSeventhDigit() {
    String woman = Iin.compose(LocalDate.of(1985, 3, 14), true, 17).or(() ->
        Iin.compose(LocalDate.of(1985, 3, 14), true, 18)).orElseThrow();
    String man = Iin.compose(LocalDate.of(1985, 3, 14), false, 17).or(() ->
        Iin.compose(LocalDate.of(1985, 3, 14), false, 18)).orElseThrow();
    assertThat(woman.charAt(6)).isEqualTo('4');
    assertThat(Iin.female(woman)).contains(true);
    assertThat(Iin.female(man)).contains(false);
    assertThat(Iin.female("850314012345".replace('0', '9'))).isEmpty();
  }

  private static List<Candidate> cohort() {
    List<Candidate> cohort = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      boolean female = i < 50;
      int serial = female ? i : i - 50;
      boolean passed = female ? serial < 30 : serial < 21;
      cohort.add(candidate(female, i % 20 == 7 ? "ru" : "kk", i % 5 == 0 ? "TEACHER" : "DEPUTY_HEAD", passed,
          female ? 51 + serial : 1 + serial));
    }
    return cohort;
  }

  private static Candidate candidate(boolean female, String language, String post, boolean passed, double score) {
    Map<Dimension, String> groups = new EnumMap<>(Dimension.class);
    groups.put(Dimension.REGION, "TURKISTAN");
    groups.put(Dimension.LANGUAGE, language);
    groups.put(Dimension.GENDER, female ? "FEMALE" : "MALE");
    groups.put(Dimension.POST, post);
    groups.put(Dimension.ORGANISATION_TYPE, "SCHOOL");
    Map<Stage, Outcome> outcomes = new HashMap<>(Map.of(Stage.ELIGIBILITY, Outcome.ELIGIBLE, Stage.TEST,
        passed ? Outcome.PASSED : Outcome.FAILED));
    return new Candidate(groups, outcomes, Map.of(Measure.TEST, score));
  }

  private static FairnessFigures.StageFigures stage(FairnessFigures.Report report, FairnessStage stage) {
    return report.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
  }

  private static FairnessFigures.Group group(FairnessFigures.StageFigures stage, Dimension dimension, String group) {
    return stage.splits().stream().filter(s -> s.dimension() == dimension).flatMap(s -> s.groups().stream())
        .filter(g -> g.group().equals(group)).findFirst().orElseThrow();
  }
}
