package kz.edu.leaders.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.cohort.Cohort;
import kz.edu.leaders.cohort.CohortRepository;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.Download;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme reports: JSON for tools, CSV for spreadsheets, and a page with bars that a process
 * owner reads at a glance (process owners, auditors and administrators: SecurityConfig).
 */
@RestController
public class ReportController {

  private static final String CSV = "text/csv;charset=UTF-8";

  private final ProgrammeReport report;
  private final CohortRepository cohorts;
  private final Clock clock;
  private final Template page;

  public ReportController(ProgrammeReport report, CohortRepository cohorts, Clock clock) {
    this.report = report;
    this.cohorts = cohorts;
    this.clock = clock;
    try (InputStream in = new ClassPathResource("report/programme.mustache").getInputStream()) {
      this.page = Mustache.compiler().escapeHTML(true).defaultValue("")
          .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/reports/funnel")
  public ProgrammeReport.Funnel funnel(@RequestParam(required = false) Integer cohort) {
    return report.funnel(cohortOrThisYear(cohort));
  }

  @GetMapping(path = "/api/reports/funnel.csv", produces = CSV)
  public ResponseEntity<byte[]> funnelCsv(@RequestParam(required = false) Integer cohort) {
    ProgrammeReport.Funnel funnel = report.funnel(cohortOrThisYear(cohort));
    return Download.csv("funnel-" + funnel.cohortYear() + ".csv", CsvTable.write(
        List.of("cohort", "step", "label_kk", "label_ru", "count", "rate_of_previous", "rate_of_applied"),
        funnel.steps().stream().map(step -> Arrays.asList(funnel.cohortYear(), step.step(), step.labelKk(),
            step.labelRu(), step.count(), step.rateOfPrevious(), step.rateOfApplied())).toList()));
  }

  @GetMapping("/api/reports/appeals")
  public ProgrammeReport.Appeals appeals(@RequestParam(required = false) Integer cohort) {
    return report.appeals(cohortOrThisYear(cohort));
  }

  @GetMapping(path = "/api/reports/appeals.csv", produces = CSV)
  public ResponseEntity<byte[]> appealsCsv(@RequestParam(required = false) Integer cohort) {
    ProgrammeReport.Appeals appeals = report.appeals(cohortOrThisYear(cohort));
    return Download.csv("appeals-" + appeals.cohortYear() + ".csv", CsvTable.write(
        List.of("cohort", "stage", "lodged", "open", "upheld", "overturned"),
        appeals.stages().stream().map(stage -> Arrays.<Object>asList(appeals.cohortYear(), stage.stage(),
            stage.lodged(), stage.open(), stage.upheld(), stage.overturned())).toList()));
  }

  /** @param cohorts e.g. 2023,2024; none for every cohort */
  @GetMapping("/api/reports/regions")
  public ProgrammeReport.Regions regions(@RequestParam(required = false) Set<Integer> cohorts) {
    return report.regions(cohorts == null ? Set.of() : cohorts);
  }

  @GetMapping(path = "/api/reports/regions.csv", produces = CSV)
  public ResponseEntity<byte[]> regionsCsv(@RequestParam(required = false) Set<Integer> cohorts) {
    ProgrammeReport.Regions regions = report.regions(cohorts == null ? Set.of() : cohorts);
    List<ProgrammeReport.RegionFigures> rows = new ArrayList<>(regions.regions());
    rows.add(regions.total());
    return Download.csv("regions.csv", CsvTable.write(List.of("region", "reservists", "deputy_heads", "teachers", "appointed",
        "appointed_as_head", "appointed_as_deputy", "appointment_rate", "keleshek_schools_led"),
        rows.stream().map(r -> Arrays.asList(r.region(), r.reservists(), r.deputyHeads(), r.teachers(),
            r.appointed(), r.appointedAsHead(), r.appointedAsDeputy(), r.appointmentRate(),
            r.keleshekSchoolsLed())).toList()));
  }

  @GetMapping(path = "/reports", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@RequestParam(required = false) Integer cohort) {
    ProgrammeReport.Funnel funnel = report.funnel(cohortOrThisYear(cohort));
    long applied = Math.max(1, funnel.steps().get(0).count());
    List<Map<String, Object>> steps = funnel.steps().stream().map(step -> Map.<String, Object>of(
        "label", step.labelKk() + " / " + step.labelRu(), "count", step.count(),
        "width", String.format(Locale.ROOT, "%.1f", Math.max(0.5, step.count() * 100.0 / applied)),
        "rate", step.rateOfPrevious() == null ? "" : step.rateOfPrevious() + "%")).toList();
    ProgrammeReport.Regions regions = report.regions(Set.of());
    List<Map<String, Object>> rows = regions.regions().stream().filter(r -> r.reservists() > 0)
        .map(ReportController::row).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("cohort", funnel.cohortYear());
    model.put("cohorts", cohorts.findAllByOrderByYearDesc().stream().map(Cohort::getYear).toList());
    model.put("steps", steps);
    model.put("regions", rows);
    model.put("total", row(regions.total()));
    return page.execute(model);
  }

  private static Map<String, Object> row(ProgrammeReport.RegionFigures r) {
    double rate = r.appointmentRate() == null ? 0 : r.appointmentRate();
    return Map.of("name", r.regionName(), "reservists", r.reservists(), "deputyHeads", r.deputyHeads(),
        "teachers", r.teachers(), "appointed", r.appointed(), "heads", r.appointedAsHead(),
        "deputies", r.appointedAsDeputy(), "rate", r.appointmentRate() == null ? "—" : rate + "%",
        "width", String.format(Locale.ROOT, "%.1f", rate), "keleshek", r.keleshekSchoolsLed());
  }

  private int cohortOrThisYear(Integer cohort) {
    return cohort != null ? cohort : LocalDate.now(clock).getYear();
  }
}
