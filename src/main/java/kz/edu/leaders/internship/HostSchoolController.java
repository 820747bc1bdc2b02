package kz.edu.leaders.internship;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.config.FreeText;
import kz.edu.leaders.config.ValidEmail;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.region.KnownRegion;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schools of the one registry that host interns, with their internship periods (read by everyone
 * signed in, e-mails only by the roles that keep it; kept by coordinators, process owners and
 * administrators, who also link each school's account: SecurityConfig), and the candidate's
 * internship report (portal).
 */
@RestController
public class HostSchoolController {

  private final SchoolRegistry registry;
  private final InternshipPeriodRepository periods;
  private final InternshipReports reports;
  private final Clock clock;

  public HostSchoolController(SchoolRegistry registry, InternshipPeriodRepository periods, InternshipReports reports,
      Clock clock) {
    this.registry = registry;
    this.periods = periods;
    this.reports = reports;
    this.clock = clock;
  }

  /** @param userId the school's own account (group host-schools), so that it evaluates its interns */
  public record NewHostSchool(@NotBlank @Size(max = 300) String name, @NotBlank @KnownRegion String region,
      @NotBlank @Size(max = 200) String settlement, @NotBlank @ValidEmail @Size(max = 254) String email,
      @Size(max = 64) String userId) {
  }

  public record Account(@NotBlank @Size(max = 64) String userId) {
  }

  public record NewPeriod(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
      @NotNull @Min(1) @Max(100) Integer places) {
  }

  /** A school as the registry shows it; {@code email} is null for those who do not keep the registry. */
  public record SchoolView(long id, String name, String region, String settlement, String email, String userId,
      List<InternshipPeriod> periods) {
  }

  public record Report(@FreeText String report) {
  }

  public record ReportReceipt(String applicationNumber, java.time.Instant submittedAt) {
  }

  @PostMapping("/api/host-schools")
  public ResponseEntity<SchoolView> register(@Valid @RequestBody NewHostSchool request, Authentication caller) {
    SchoolRegistry.Registered registered = registry.registerHost(request.name().trim(),
        Region.parse(request.region()).orElseThrow(), request.settlement().trim(), request.email().trim(),
        request.userId());
    SchoolView view = view(registered.school(), CurrentUser.of(caller));
    // a school the registry knew (from the ministry's import) takes the internship role on its one row
    return registered.existedBefore() ? ResponseEntity.ok(view)
        : ResponseEntity.created(URI.create("/api/host-schools/" + view.id())).body(view);
  }

  @PutMapping("/api/host-schools/{id}/user")
  public SchoolView link(@PathVariable long id, @Valid @RequestBody Account account, Authentication caller) {
    return view(registry.link(id, account.userId()), CurrentUser.of(caller));
  }

  @GetMapping("/api/host-schools")
  @Transactional(readOnly = true)
  public List<SchoolView> all(Authentication caller) {
    CurrentUser user = CurrentUser.of(caller);
    return registry.hosts().stream().map(school -> view(school, user)).toList();
  }

  @PostMapping("/api/host-schools/{id}/periods")
  @ResponseStatus(HttpStatus.CREATED)
  public InternshipPeriod addPeriod(@PathVariable long id, @Valid @RequestBody NewPeriod request) {
    School school = registry.host(id);
    if (request.startsOn().isBefore(LocalDate.now(clock))) {
      throw new FieldRefused("startsOn", "Тағылымдама кезеңі бүгіннен ерте басталмауы керек (Астана уақыты) / "
          + "Период стажировки должен начинаться не раньше сегодняшнего дня (по времени Астаны)");
    }
    if (!request.endsOn().isAfter(request.startsOn())) {
      throw new FieldRefused("endsOn", "Тағылымдама кезеңі басталған күнінен кейін аяқталуы керек / "
          + "Период стажировки должен заканчиваться позже даты начала");
    }
    return periods.save(new InternshipPeriod(school, request.startsOn(), request.endsOn(), request.places()));
  }

  @PostMapping("/api/applications/{number}/internship-report")
  @ResponseStatus(HttpStatus.CREATED)
  public ReportReceipt submitReport(@PathVariable String number, @RequestBody Report report) {
    InternshipPlacement placement = reports.submit(number, report.report());
    return new ReportReceipt(number, placement.getReportSubmittedAt());
  }

  private SchoolView view(School school, CurrentUser caller) {
    return new SchoolView(school.getId(), school.getName(), school.getRegion().name(), school.getSettlement(),
        caller.maySeeStaffContacts() ? school.getEmail() : null, school.getUserId(), periods.findByHostSchool_IdOrderByStartsOnAsc(school.getId()));
  }
}
