package kz.edu.leaders.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fairness figures of one cohort, computed from its candidates alone (no database), so that a
 * test can hand it a constructed cohort. Only aggregates leave: a group smaller than
 * {@link FairnessSettings#smallestShown()} is hidden, with a second group where one hidden group could
 * otherwise be worked out from the total.
 */
public final class FairnessFigures {

  /** One group at one stage; size, passed and rate are null when hidden. */
  public record Group(String group, String label, Long decided, Long passed, Double rate, Double ratioToHighest,
      boolean flagged, Note note) {
  }

  public record Split(Dimension dimension, String label, List<Group> groups) {
  }

  public record StageFigures(FairnessStage stage, String label, long decided, long passed, Double rate,
      List<Split> splits) {
  }

  /** One group's scores; all but the group null when hidden. */
  public record ScoreGroup(String group, String label, Integer n, Double median, Double lowerQuartile,
      Double upperQuartile, Double interquartileRange, Note note) {
  }

  public record ScoreSplit(Dimension dimension, String label, List<ScoreGroup> groups) {
  }

  public record MeasureFigures(Measure measure, String label, int n, List<ScoreSplit> splits) {
  }

  /** A group the four-fifths check flags. */
  public record Finding(FairnessStage stage, Dimension dimension, String group, String label, double rate,
      String highestGroup, double highestRate, double ratioToHighest) {
  }

  public record Report(int cohortYear, int smallestShown, int smallestJudged, double fourFifths,
      List<Finding> findings, List<StageFigures> stages, List<MeasureFigures> scores) {
  }

  private FairnessFigures() {
  }

  static Report of(int cohortYear, List<Candidate> candidates, FairnessSettings settings) {
    List<StageFigures> stages = Arrays.stream(FairnessStage.values())
        .map(stage -> stage(stage, candidates, settings)).toList();
    List<Finding> findings = new ArrayList<>();
    for (StageFigures stage : stages) {
      for (Split split : stage.splits()) {
        split.groups().stream().filter(g -> g.note() == Note.HIGHEST).findFirst().ifPresent(highest ->
            split.groups().stream().filter(Group::flagged).forEach(g -> findings.add(new Finding(stage.stage(),
                split.dimension(), g.group(), g.label(), g.rate(), highest.group(), highest.rate(),
                g.ratioToHighest()))));
      }
    }
    List<MeasureFigures> scores = Arrays.stream(Measure.values()).map(m -> measure(m, candidates, settings)).toList();
    return new Report(cohortYear, settings.smallestShown(), settings.smallestJudged(), settings.fourFifths(),
        findings, stages, scores);
  }

  private static StageFigures stage(FairnessStage stage, List<Candidate> candidates, FairnessSettings settings) {
    List<Candidate> decided = candidates.stream()
        .filter(c -> c.outcomes().containsKey(stage.recordedStage())).toList();
    long passed = decided.stream().filter(c -> stage.passes(c.outcomes().get(stage.recordedStage()))).count();
    List<Split> splits = Arrays.stream(Dimension.values())
        .map(dimension -> split(stage, dimension, decided, settings)).toList();
    return new StageFigures(stage, stage.label(), decided.size(), passed, percent(passed, decided.size()), splits);
  }

  private static Split split(FairnessStage stage, Dimension dimension, List<Candidate> decided,
      FairnessSettings settings) {
    Map<String, Integer> sizes = new TreeMap<>();
    Map<String, Long> passes = new TreeMap<>();
    for (Candidate candidate : decided) {
      String group = candidate.groups().get(dimension);
      sizes.merge(group, 1, Integer::sum);
      passes.merge(group, stage.passes(candidate.outcomes().get(stage.recordedStage())) ? 1L : 0L, Long::sum);
    }
    Set<String> hidden = hidden(sizes, settings);
    Set<String> judged = sizes.keySet().stream()
        .filter(g -> !hidden.contains(g) && sizes.get(g) >= settings.smallestJudged()).collect(Collectors.toSet());
    // the reference is the highest rate among the groups large enough to judge, and only when two are
    String highest = judged.size() < 2 ? null
        : judged.stream().max(Comparator.comparingDouble(g -> share(passes.get(g), sizes.get(g)))).orElseThrow();
    double highestRate = highest == null ? 0 : share(passes.get(highest), sizes.get(highest));
    List<Group> groups = new ArrayList<>();
    sizes.forEach((group, size) -> {
      String label = dimension.labelOf(group);
      long passed = passes.get(group);
      if (hidden.contains(group)) {
        groups.add(new Group(group, label, null, null, null, null, false,
            size < settings.smallestShown() ? Note.HIDDEN : Note.HIDDEN_WITH_SMALLER));
      } else if (!judged.contains(group) || highestRate == 0) {
        groups.add(new Group(group, label, (long) size, passed, percent(passed, size), null, false,
            judged.contains(group) ? null : Note.TOO_FEW_TO_JUDGE));
      } else {
        double ratio = share(passed, size) / highestRate;
        boolean flagged = ratio < settings.fourFifths();
        groups.add(new Group(group, label, (long) size, passed, percent(passed, size), round(ratio), flagged,
            group.equals(highest) ? Note.HIGHEST : flagged ? Note.BELOW_FOUR_FIFTHS : null));
      }
    });
    groups.sort(Comparator.comparing((Group g) -> g.decided() == null ? 0 : -g.decided()).thenComparing(Group::group));
    return new Split(dimension, dimension.label(), groups);
  }

  private static MeasureFigures measure(Measure measure, List<Candidate> candidates, FairnessSettings settings) {
    List<Candidate> scored = candidates.stream().filter(c -> c.scores().containsKey(measure)).toList();
    List<ScoreSplit> splits = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      Map<String, List<Double>> byGroup = scored.stream().collect(Collectors.groupingBy(c -> c.groups().get(dimension),
          TreeMap::new, Collectors.mapping(c -> c.scores().get(measure), Collectors.toList())));
      Set<String> hidden = hidden(byGroup.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())), settings);
      List<ScoreGroup> groups = new ArrayList<>();
      byGroup.forEach((group, scores) -> {
        String label = dimension.labelOf(group);
        if (hidden.contains(group)) {
          groups.add(new ScoreGroup(group, label, null, null, null, null, null,
              scores.size() < settings.smallestShown() ? Note.HIDDEN : Note.HIDDEN_WITH_SMALLER));
        } else {
          Spread spread = Spread.of(scores);
          groups.add(new ScoreGroup(group, label, spread.n(), round(spread.median()), round(spread.lowerQuartile()),
              round(spread.upperQuartile()), round(spread.interquartileRange()), null));
        }
      });
      groups.sort(Comparator.comparing((ScoreGroup g) -> g.n() == null ? 0 : -g.n()).thenComparing(ScoreGroup::group));
      splits.add(new ScoreSplit(dimension, dimension.label(), groups));
    }
    return new MeasureFigures(measure, measure.label(), scored.size(), splits);
  }

  /**
   * The groups not to show: those under the smallest size, and when exactly one is, the smallest of
   * the rest too, since the stage's total less the shown groups would give the hidden one away.
   */
  static Set<String> hidden(Map<String, Integer> sizes, FairnessSettings settings) {
    Set<String> hidden = new HashSet<>();
    sizes.forEach((group, size) -> {
      if (size < settings.smallestShown()) {
        hidden.add(group);
      }
    });
    if (hidden.size() == 1) {
      sizes.entrySet().stream().filter(e -> !hidden.contains(e.getKey()))
          .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .ifPresent(next -> hidden.add(next.getKey()));
    }
    return hidden;
  }

  /** A share as a percentage with one decimal, as the programme report gives it. */
  private static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  private static double share(long part, long whole) {
    return (double) part / whole;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
