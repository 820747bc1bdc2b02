package kz.edu.leaders.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.config.CsvTable;
import kz.edu.leaders.config.RequestRefused;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.staff.AccountTakenException;
import kz.edu.leaders.staff.StaffRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one school registry. The ministry's CSV (name, region, settlement, organisationType, keleshek)
 * gives schools the vacancies role: a school already there is updated, a new one added, a bad row
 * refused with its reason while the others go in. Coordinators give schools the internship role,
 * with the school's address and account: an account is linked only if it exists and is in the host
 * schools' group, and to one school at most. A school met by both keeps one row with both roles.
 * The API and the demo data both come through here.
 */
@Service
public class SchoolRegistry {

  static final int MAX_ROWS = 20_000;
  private static final List<String> COLUMNS = List.of("name", "region", "settlement", "organisationType", "keleshek");

  public record RefusedRow(int line, String reason) {
  }

  public record ImportResult(int added, int updated, List<RefusedRow> refused) {
  }

  public static class HostSchoolNotFoundException extends RequestRefused.NotFound {

    HostSchoolNotFoundException(long id) {
      super("Базалық мектеп " + id + " табылмады / Базовая школа " + id + " не найдена");
    }
  }

  private final SchoolRepository schools;
  private final StaffRegistry staff;

  public SchoolRegistry(SchoolRepository schools, StaffRegistry staff) {
    this.schools = schools;
    this.staff = staff;
  }

  /** @throws CsvTable.Refused when the file as a whole cannot be read */
  @Transactional
  public ImportResult importCsv(byte[] content) {
    int added = 0;
    int updated = 0;
    List<RefusedRow> refused = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.parse(content, COLUMNS, MAX_ROWS)) {
      if (row.problem() != null) {
        refused.add(new RefusedRow(row.line(), row.problem()));
        continue;
      }
      String name = row.cells().get("name");
      String settlement = row.cells().get("settlement");
      Optional<Region> region = Region.parse(row.cells().get("region"));
      Optional<OrganisationType> type = organisationType(row.cells().get("organisationtype"));
      String keleshek = row.cells().get("keleshek").toLowerCase(Locale.ROOT);
      String problem = name.isBlank() || name.length() > 300
          ? "Мектептің атауы 1-ден 300 таңбаға дейін болуы керек / Название школы — от 1 до 300 символов"
          : settlement.isBlank() || settlement.length() > 200
          ? "Елді мекен 1-ден 200 таңбаға дейін болуы керек / Населённый пункт — от 1 до 200 символов"
          : region.isEmpty() ? "«" + row.cells().get("region") + "» өңірі белгісіз / Регион «" + row.cells().get("region")
              + "» неизвестен"
          : type.isEmpty() ? "Ұйым түрі: PRESCHOOL, SCHOOL немесе TVET / Тип организации: PRESCHOOL, SCHOOL или TVET"
          : !List.of("true", "false", "yes", "no", "1", "0").contains(keleshek)
          ? "«Келешек мектептері» бағаны: true немесе false / Столбец «Келешек мектептері»: true или false"
          : null;
      if (problem != null) {
        refused.add(new RefusedRow(row.line(), problem));
        continue;
      }
      boolean isKeleshek = List.of("true", "yes", "1").contains(keleshek);
      Optional<School> existing = schools.findByRegionAndSettlementAndName(region.get(), settlement, name);
      if (existing.isPresent()) {
        existing.get().leadVacancies(type.get(), isKeleshek);
        updated++;
      } else {
        schools.save(School.leadingVacancies(name, region.get(), settlement, type.get(), isKeleshek));
        added++;
      }
    }
    return new ImportResult(added, updated, refused);
  }

  /** A school that hosts interns, registered. */
  public record Registered(School school, boolean existedBefore) {
  }

  /**
   * Registers a host school: a new school, or the internship role for a school the registry already
   * has under that name in that settlement.
   *
   * @param userId the school's account, or null to link one later
   * @throws RequestRefused 409 naming {@code name} when that school hosts interns already
   */
  @Transactional
  public Registered registerHost(String name, Region region, String settlement, String email, String userId) {
    Optional<School> existing = schools.findByRegionAndSettlementAndName(region, settlement, name);
    if (existing.filter(school -> school.has(SchoolRole.INTERNSHIPS)).isPresent()) {
      String already = "«" + name + "» (" + settlement + ") базалық мектеп ретінде тіркелген / «" + name + "» ("
          + settlement + ") уже зарегистрирована как базовая школа";
      throw new RequestRefused(HttpStatus.CONFLICT, already, List.of(new RequestRefused.FieldProblem("name", already)));
    }
    School school = existing.map(known -> known.hostInterns(email))
        .orElseGet(() -> School.hostingInterns(name, region, settlement, email));
    if (userId != null) {
      school.linkAccount(accountFor(school, userId));
    }
    return new Registered(saved(school), existing.isPresent());
  }

  /** Links a host school's account, or moves the link to another one. */
  @Transactional
  public School link(long schoolId, String userId) {
    School school = host(schoolId);
    return saved(school.linkAccount(accountFor(school, userId)));
  }

  /** @throws HostSchoolNotFoundException when there is no such school, or it hosts no interns */
  @Transactional(readOnly = true)
  public School host(long schoolId) {
    return schools.findById(schoolId).filter(school -> school.has(SchoolRole.INTERNSHIPS))
        .orElseThrow(() -> new HostSchoolNotFoundException(schoolId));
  }

  @Transactional(readOnly = true)
  public List<School> hosts() {
    return schools.findByHostsInternsTrueOrderByIdAsc();
  }

  @Transactional(readOnly = true)
  public List<School> of(Region region, Optional<SchoolRole> role) {
    return schools.findByRegionOrderBySettlementAscNameAsc(region).stream()
        .filter(school -> role.map(school::has).orElse(true)).toList();
  }

  private String accountFor(School school, String userId) {
    String account = staff.requireAccount(userId, Role.HOST_SCHOOLS);
    schools.findByUserId(account).filter(other -> !Objects.equals(other.getId(), school.getId())).ifPresent(other -> {
      throw new AccountTakenException("Бұл есептік жазба «" + other.getName() + "» базалық мектебіне бекітілген / "
          + "Эта учётная запись уже закреплена за базовой школой «" + other.getName() + "»");
    });
    return account;
  }

  private School saved(School school) {
    try {
      return schools.saveAndFlush(school);
    } catch (DataIntegrityViolationException e) {
      // another coordinator linked the same account, or registered the same school, at the same moment
      throw new AccountTakenException("«" + school.getName() + "» мектебін немесе оның есептік жазбасын дәл осы сәтте "
          + "басқа біреу тіркеді; тізімді қайта қараңыз / Школу «" + school.getName() + "» или её учётную запись "
          + "в тот же момент зарегистрировал кто-то другой; посмотрите список ещё раз");
    }
  }

  private static Optional<OrganisationType> organisationType(String value) {
    try {
      return Optional.of(OrganisationType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
