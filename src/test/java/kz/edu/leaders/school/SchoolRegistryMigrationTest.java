package kz.edu.leaders.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.edu.leaders.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V21 and V22 on a database that has both registries filled (as an installation running V20 has):
 * every vacancy and internship period still points to its school, a school in both lists is one
 * row with both roles, and nothing is lost. On H2 here, on PostgreSQL again in the integration phase.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolRegistryMigrationTest {

  private static final String NEXT_SCHOOL = "Жаңа мектеп";
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-05-04T09:00:00+05:00");

  private JdbcTemplate db;

  @BeforeAll
  void bothRegistriesAtV20ThenTheMerge() {
    DataSource dataSource = TestDatabase.empty("school_merge_" + System.nanoTime());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
    db = new JdbcTemplate(dataSource);
    school(1, "№1 мектеп", "TURKISTAN", "Түркістан", false);
    school(2, "№2 мектеп", "TURKISTAN", "Кентау", false);
    school(3, "Гимназия №159", "ALMATY", "Алматы", true);
    // the same school as school 3; host ids 2 and 3 are taken by schools; 7 and 8 are one school registered twice
    hostSchool(1, "Гимназия №159", "ALMATY", "Алматы", "g159@example.kz", "host.g159");
    hostSchool(2, "НИШ Туркестан", "TURKISTAN", "Түркістан", "nis@example.kz", "host.nis");
    hostSchool(3, "IT-лицей №12", "SHYMKENT", "Шымкент", "it12@example.kz", null);
    hostSchool(7, "Лицей №78", "ASTANA", "Астана", "l78@example.kz", null);
    hostSchool(8, "Лицей №78", "ASTANA", "Астана", "l78.again@example.kz", "host.l78");
    for (long host : List.of(1L, 2L, 3L, 7L, 8L)) {
      db.update("insert into internship_period (id, host_school_id, starts_on, ends_on, places) values (?, ?, ?, ?, 4)",
          100 + host, host, AT.toLocalDate(), AT.toLocalDate().plusDays(21));
    }
    vacancy(201, 1);
    vacancy(203, 3);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  @Test
  void vacanciesKeepTheirSchools() {
    assertThat(db.query("select id, school_id from vacancy order by id",
        (row, n) -> row.getLong("id") + " at " + row.getLong("school_id"))).containsExactly("201 at 1", "203 at 3");
  }

  @Test
  void aHostSchoolAlsoInTheMinistrysRegistryIsOneRowWithBothRolesAndItsAccount() {
    assertThat(db.queryForMap("select name, keleshek, leads_vacancies, hosts_interns, email, user_id from school"
        + " where id = 3")).containsAllEntriesOf(Map.of("NAME", "Гимназия №159", "KELESHEK", true,
            "LEADS_VACANCIES", true, "HOSTS_INTERNS", true, "EMAIL", "g159@example.kz", "USER_ID", "host.g159"));
    assertThat(periodSchool(101)).isEqualTo(3);
  }

  @Test
  void otherHostSchoolsKeepTheirIdsOrTakeNewOnesWhereASchoolHadItAndTheirPeriodsFollow() {
    assertThat(periodSchool(107)).isEqualTo(7);
    // 2 and 3 were schools' ids: above every id of both tables (8), in the order of the old ids
    assertThat(periodSchool(102)).isEqualTo(9);
    assertThat(periodSchool(103)).isEqualTo(10);
    assertThat(db.queryForMap("select name, organisation_type, leads_vacancies, hosts_interns, email, user_id"
        + " from school where id = 9")).containsAllEntriesOf(Map.of("NAME", "НИШ Туркестан",
            "ORGANISATION_TYPE", "SCHOOL", "LEADS_VACANCIES", false, "HOSTS_INTERNS", true, "EMAIL", "nis@example.kz",
            "USER_ID", "host.nis"));
    assertThat(db.queryForObject("select name from school where id = 2", String.class)).isEqualTo("№2 мектеп");
  }

  @Test
  void aHostSchoolRegisteredTwiceIsOneSchoolWithBothPeriodsAndTheAccountOneOfThemHad() {
    assertThat(periodSchool(108)).isEqualTo(7);
    assertThat(db.queryForMap("select email, user_id from school where id = 7"))
        .containsAllEntriesOf(Map.of("EMAIL", "l78@example.kz", "USER_ID", "host.l78"));
    assertThat(db.queryForObject("select count(*) from school where name <> ?", Long.class, NEXT_SCHOOL))
        .as("3 schools, 3 host schools of their own (one registered twice)").isEqualTo(6);
  }

  @Test
  void theNextSchoolTakesAnIdAboveEveryMergedOneAndTheRolesAreChecked() {
    db.update("insert into school (name, region, settlement, organisation_type, leads_vacancies) values"
        + " (?, 'ABAI', 'Семей', 'SCHOOL', true)", NEXT_SCHOOL);
    assertThat(db.queryForObject("select id from school where name = ?", Long.class, NEXT_SCHOOL)).isEqualTo(11);
    assertThatThrownBy(() -> db.update("insert into school (name, region, settlement, organisation_type) values"
        + " ('Рөлсіз мектеп', 'ABAI', 'Семей', 'SCHOOL')")).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> db.update("insert into school (name, region, settlement, organisation_type,"
        + " hosts_interns) values ('Мекенжайсыз мектеп', 'ABAI', 'Семей', 'SCHOOL', true)"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private long periodSchool(long periodId) {
    return db.queryForObject("select school_id from internship_period where id = ?", Long.class, periodId);
  }

  private void school(long id, String name, String region, String settlement, boolean keleshek) {
    db.update("insert into school (id, name, region, settlement, organisation_type, keleshek)"
        + " values (?, ?, ?, ?, 'SCHOOL', ?)", id, name, region, settlement, keleshek);
  }

  private void hostSchool(long id, String name, String region, String settlement, String email, String userId) {
    db.update("insert into host_school (id, name, region, settlement, email, user_id) values (?, ?, ?, ?, ?, ?)",
        id, name, region, settlement, email, userId);
  }

  private void vacancy(long id, long schoolId) {
    db.update("insert into vacancy (id, school_id, post, opens_on, status, registered_by, registered_at)"
        + " values (?, ?, 'DIRECTOR', ?, 'OPEN', 'hr.turkistan', ?)", id, schoolId, AT.toLocalDate(), AT);
  }
}
