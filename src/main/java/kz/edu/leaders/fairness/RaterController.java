package kz.edu.leaders.fairness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.Download;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The raters' consistency as JSON and CSV. Names raters: process owners who rate no one themselves
 * (SecurityConfig asks
 * {@link kz.edu.leaders.identity.CurrentUser#mayReadRaterFigures}); the fairness page shows the same to them.
 */
@RestController
public class RaterController {

  private final RaterReport report;
  private final Clock clock;

  public RaterController(RaterReport report, Clock clock) {
    this.report = report;
    this.clock = clock;
  }

  @GetMapping("/api/reports/raters")
  public RaterFigures.Report raters(@RequestParam(required = false) Integer cohort) {
    return report.of(FairnessController.cohortOrThisYear(cohort, clock));
  }

  @GetMapping(path = "/api/reports/raters.csv", produces = "text/csv;charset=UTF-8")
  public ResponseEntity<byte[]> ratersCsv(@RequestParam(required = false) Integer cohort) {
    RaterFigures.Report figures = report.of(FairnessController.cohortOrThisYear(cohort, clock));
    List<String> header = List.of("cohort", "panel", "rater", "candidates", "leniency", "earlier_leniency",
        "later_leniency", "drift", "out_of_line", "drifting", "pairs", "arbitration_share", "panel_icc");
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, RaterFigures.Panel> panel : List.of(Map.entry("EXPERTS", figures.experts()),
        Map.entry("COMMISSION", figures.commission()))) {
      rows.add(Arrays.asList(figures.cohortYear(), panel.getKey(), "ALL", panel.getValue().candidates(), null, null, null, null,
          null, null, null, panel.getValue().arbitrationShare(), panel.getValue().icc()));
      for (RaterFigures.Rater r : panel.getValue().raters()) {
        rows.add(Arrays.asList(figures.cohortYear(), panel.getKey(), r.rater(), r.candidates(), r.leniency(), r.earlierLeniency(),
            r.laterLeniency(), r.drift(), r.outOfLine(), r.drifting(), r.pairs(), r.arbitrationShare(), null));
      }
    }
    return Download.csv("raters-" + figures.cohortYear() + ".csv", CsvTable.write(header, rows));
  }
}
