package kz.edu.leaders.fairness;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortRepository;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.Download;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.report.ProgrammeReport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fairness report of a cohort: JSON, CSV, and a page with a chart and a table per split (process
 * owners, auditors and administrators, like every report: SecurityConfig). The page adds who judged
 * how for those who may read it ({@link CurrentUser#mayReadRaterFigures}).
 */
@RestController
public class FairnessController {

  private static final String CSV = "text/csv;charset=UTF-8";

  private final FairnessReport report;
  private final RaterReport raters;
  private final ProgrammeReport programme;
  private final CohortRepository cohorts;
  private final Clock clock;
  private final Template page;

  public FairnessController(FairnessReport report, RaterReport raters, ProgrammeReport programme,
      CohortRepository cohorts, Clock clock) {
    this.report = report;
    this.raters = raters;
    this.programme = programme;
    this.cohorts = cohorts;
    this.clock = clock;
    this.page = template("fairness/page.mustache");
  }

  @GetMapping("/api/reports/fairness")
  public FairnessFigures.Report fairness(@RequestParam(required = false) Integer cohort) {
    return report.of(cohortOrThisYear(cohort, clock));
  }

  @GetMapping(path = "/api/reports/fairness.csv", produces = CSV)
  public ResponseEntity<byte[]> fairnessCsv(@RequestParam(required = false) Integer cohort) {
    FairnessFigures.Report figures = report.of(cohortOrThisYear(cohort, clock));
    List<String> header = List.of("cohort", "figure", "stage_or_measure", "dimension", "group", "decided", "passed",
        "rate", "ratio_to_highest", "flagged", "n", "median", "lower_quartile", "upper_quartile", "iqr", "note");
    List<List<Object>> rows = new ArrayList<>();
    for (FairnessFigures.StageFigures stage : figures.stages()) {
      rows.add(Arrays.asList(figures.cohortYear(), "PASS_RATE", stage.stage(), "ALL", "ALL", stage.decided(), stage.passed(),
          stage.rate(), null, null, null, null, null, null, null, null));
      for (FairnessFigures.Split split : stage.splits()) {
        for (FairnessFigures.Group g : split.groups()) {
          rows.add(Arrays.asList(figures.cohortYear(), "PASS_RATE", stage.stage(), split.dimension(), g.group(), g.decided(),
              g.passed(), g.rate(), g.ratioToHighest(), g.flagged(), null, null, null, null, null, g.note()));
        }
      }
    }
    for (FairnessFigures.MeasureFigures measure : figures.scores()) {
      for (FairnessFigures.ScoreSplit split : measure.splits()) {
        for (FairnessFigures.ScoreGroup g : split.groups()) {
          rows.add(Arrays.asList(figures.cohortYear(), "SCORES", measure.measure(), split.dimension(), g.group(), null, null, null,
              null, null, g.n(), g.median(), g.lowerQuartile(), g.upperQuartile(), g.interquartileRange(), g.note()));
        }
      }
    }
    return Download.csv("fairness-" + figures.cohortYear() + ".csv", CsvTable.write(header, rows));
  }

  @GetMapping(path = "/reports/fairness", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@RequestParam(required = false) Integer cohort, Authentication viewer) {
    FairnessFigures.Report figures = report.of(cohortOrThisYear(cohort, clock));
    Map<String, Object> model = new HashMap<>();
    model.put("cohort", figures.cohortYear());
    model.put("cohorts", cohorts.findAllByOrderByYearDesc().stream().map(Cohort::getYear).toList());
    model.put("smallestShown", figures.smallestShown());
    model.put("smallestJudged", figures.smallestJudged());
    model.put("fourFifths", figures.fourFifths());
    model.put("findings", figures.findings().stream().map(f -> Map.of("stage", f.stage().label(),
        "dimension", f.dimension().label(), "group", f.label(), "rate", f.rate(), "highest",
        f.dimension().labelOf(f.highestGroup()), "highestRate", f.highestRate(), "ratio", f.ratioToHighest())).toList());
    model.put("stages", figures.stages().stream().filter(s -> s.decided() > 0).map(s -> stageModel(s, figures.fourFifths())).toList());
    model.put("scores", figures.scores().stream().filter(m -> m.n() > 0).map(FairnessController::measureModel).toList());
    List<Map<String, Object>> appeals = programme.appeals(figures.cohortYear()).stages().stream()
        .map(a -> Map.<String, Object>of("label", a.label(), "lodged", a.lodged(), "open", a.open(),
            "upheld", a.upheld(), "overturned", a.overturned(),
            "share", a.overturnedShare() == null ? "—" : Math.round(a.overturnedShare() * 100) + "%")).toList();
    model.put("appeals", appeals);
    model.put("appealed", !appeals.isEmpty());
    if (CurrentUser.of(viewer).mayReadRaterFigures()) {
      RaterFigures.Report judged = raters.of(figures.cohortYear());
      model.put("raters", Map.of("minimum", judged.raterMinimum(), "panels", List.of(
          panelModel("Сарапшылардың соқыр бағалауы / Слепые оценки экспертов (0–100)", judged.experts()),
          panelModel("Комиссияның бағалары / Оценки комиссии (1–5)", judged.commission()))));
    }
    return page.execute(model);
  }

  private static Map<String, Object> stageModel(FairnessFigures.StageFigures stage, double fourFifths) {
    List<Map<String, Object>> splits = new ArrayList<>();
    for (FairnessFigures.Split split : stage.splits()) {
      BarChart chart = new BarChart(stage.label() + ": " + split.label(), 100);
      // a bar left of the dashed line is below four fifths of the highest group's rate
      split.groups().stream().filter(g -> g.note() == Note.HIGHEST).findFirst()
          .ifPresent(highest -> chart.line(highest.rate() * fourFifths, "4/5"));
      for (FairnessFigures.Group g : split.groups()) {
        if (g.rate() == null) {
          chart.empty(g.label(), g.note().label());
        } else {
          chart.bar(g.label(), 0, g.rate(), null, g.rate() + "%" + (g.flagged() ? " ⚑" : ""), g.flagged());
        }
      }
      splits.add(Map.of("label", split.label(), "chart", chart.model(), "groups", split.groups().stream()
          .map(FairnessController::groupRow).toList()));
    }
    return Map.of("label", stage.label(), "decided", stage.decided(), "passed", stage.passed(),
        "rate", stage.rate() == null ? "—" : stage.rate() + "%", "splits", splits);
  }

  private static Map<String, Object> groupRow(FairnessFigures.Group g) {
    Map<String, Object> row = new HashMap<>();
    row.put("label", g.label());
    row.put("decided", g.decided() == null ? "—" : g.decided());
    row.put("passed", g.passed() == null ? "—" : g.passed());
    row.put("rate", g.rate() == null ? "—" : g.rate() + "%");
    row.put("ratio", g.ratioToHighest() == null ? "—" : g.ratioToHighest());
    row.put("flagged", g.flagged());
    row.put("note", g.note() == null ? "" : g.note().label());
    return row;
  }

  /** A panel's raters: a chart of each one's leniency either side of zero, and the table behind it. */
  private static Map<String, Object> panelModel(String label, RaterFigures.Panel panel) {
    double reach = Math.max(2 * panel.gap(), panel.raters().stream().filter(r -> r.leniency() != null)
        .mapToDouble(r -> Math.abs(r.leniency())).max().orElse(0));
    BarChart chart = new BarChart(label + ": мейірімділік / снисходительность", 2 * reach).line(reach, "0");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RaterFigures.Rater r : panel.raters()) {
      boolean flagged = r.outOfLine() || r.drifting();
      if (r.leniency() == null) {
        chart.empty(r.rater(), "—");
      } else {
        chart.bar(r.rater(), reach + Math.min(0, r.leniency()), reach + Math.max(0, r.leniency()), null,
            (r.leniency() > 0 ? "+" : "") + r.leniency() + (flagged ? " ⚑" : ""), flagged);
      }
      Map<String, Object> row = new HashMap<>();
      row.put("rater", r.rater());
      row.put("candidates", r.candidates());
      row.put("leniency", orDash(r.leniency()));
      row.put("earlier", orDash(r.earlierLeniency()));
      row.put("later", orDash(r.laterLeniency()));
      row.put("drift", orDash(r.drift()));
      row.put("pairs", orDash(r.pairs()));
      row.put("arbitration", orDash(r.arbitrationShare()));
      row.put("flagged", flagged);
      row.put("flags", (r.outOfLine() ? "⚑ бірізді емес / не в ряду с другими " : "")
          + (r.drifting() ? "⚑ ауытқу / дрейф" : ""));
      rows.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("label", label);
    model.put("candidates", panel.candidates());
    model.put("ratings", panel.ratings());
    model.put("icc", orDash(panel.icc()));
    model.put("arbitration", orDash(panel.arbitrationShare()));
    model.put("gap", panel.gap());
    model.put("chart", chart.model());
    model.put("raters", rows);
    return model;
  }

  private static Object orDash(Object value) {
    return value == null ? "—" : value;
  }

  private static Map<String, Object> measureModel(FairnessFigures.MeasureFigures measure) {
    double scale = measure.measure() == Measure.INTERVIEW ? 5 : 100;
    List<Map<String, Object>> splits = new ArrayList<>();
    for (FairnessFigures.ScoreSplit split : measure.splits()) {
      BarChart chart = new BarChart(measure.label() + ": " + split.label(), scale);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (FairnessFigures.ScoreGroup g : split.groups()) {
        if (g.median() == null) {
          chart.empty(g.label(), g.note().label());
        } else {
          chart.bar(g.label(), g.lowerQuartile(), g.upperQuartile(), g.median(), "Me " + g.median(), false);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("label", g.label());
        row.put("n", g.n() == null ? "—" : g.n());
        row.put("median", g.median() == null ? "—" : g.median());
        row.put("quartiles", g.median() == null ? "—" : g.lowerQuartile() + " – " + g.upperQuartile());
        row.put("iqr", g.median() == null ? "—" : g.interquartileRange());
        row.put("note", g.note() == null ? "" : g.note().label());
        rows.add(row);
      }
      splits.add(Map.of("label", split.label(), "chart", chart.model(), "groups", rows));
    }
    return Map.of("label", measure.label(), "n", measure.n(), "splits", splits);
  }

  /** The cohort asked for, or this year's in the programme's time zone. */
  static int cohortOrThisYear(Integer cohort, Clock clock) {
    return cohort != null ? cohort : LocalDate.now(clock).getYear();
  }

  /** A page of the fairness folder; {{> chart}} includes fairness/chart.mustache. */
  static Template template(String path) {
    Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).defaultValue("")
        .withLoader(name -> reader("fairness/" + name + ".mustache"));
    try (InputStreamReader in = reader(path)) {
      return compiler.compile(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStreamReader reader(String path) throws IOException {
    return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
  }
}
