package kz.edu.leaders.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.config.CsvTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school registry, kept by import from the ministry's CSV (name, region, settlement,
 * organisationType, keleshek): a school already there is updated, a new one added, a bad row refused
 * with its reason while the others go in.
 */
@Service
public class SchoolRegistry {

  static final int MAX_ROWS = 20_000;
  private static final List<String> COLUMNS = List.of("name", "region", "settlement", "organisationType", "keleshek");

  public record RefusedRow(int line, String reason) {
  }

  public record ImportResult(int added, int updated, List<RefusedRow> refused) {
  }

  private final SchoolRepository schools;

  public SchoolRegistry(SchoolRepository schools) {
    this.schools = schools;
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
      String problem = name.isBlank() || name.length() > 300 ? "name: 1 to 300 characters"
          : settlement.isBlank() || settlement.length() > 200 ? "settlement: 1 to 200 characters"
          : region.isEmpty() ? "region: unknown '" + row.cells().get("region") + "'"
          : type.isEmpty() ? "organisationType: PRESCHOOL, SCHOOL or TVET"
          : !List.of("true", "false", "yes", "no", "1", "0").contains(keleshek) ? "keleshek: true or false"
          : null;
      if (problem != null) {
        refused.add(new RefusedRow(row.line(), problem));
        continue;
      }
      boolean isKeleshek = List.of("true", "yes", "1").contains(keleshek);
      Optional<School> existing = schools.findByRegionAndSettlementAndName(region.get(), settlement, name);
      if (existing.isPresent()) {
        existing.get().update(type.get(), isKeleshek);
        updated++;
      } else {
        schools.save(new School(name, region.get(), settlement, type.get(), isKeleshek));
        added++;
      }
    }
    return new ImportResult(added, updated, refused);
  }

  private static Optional<OrganisationType> organisationType(String value) {
    try {
      return Optional.of(OrganisationType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
