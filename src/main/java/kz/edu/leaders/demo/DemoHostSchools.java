package kz.edu.leaders.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.internship.InternshipPeriod;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Leading schools with internship periods in the coming months, in the one school registry (one of
 * them also leads vacancies); the demo user "host.school" is the first, so it evaluates its interns' reports.
 */
@Component
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoHostSchools {

  private final SchoolRepository schools;
  private final SchoolRegistry registry;
  private final InternshipPeriodRepository periods;
  private final Clock clock;

  public DemoHostSchools(SchoolRepository schools, SchoolRegistry registry,
      InternshipPeriodRepository periods, Clock clock) {
    this.schools = schools;
    this.registry = registry;
    this.periods = periods;
    this.clock = clock;
  }

  /**
   * After the demo users and the ministry's demo schools (order 1): the first school is linked to
   * "host.school" as the API links one.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void seed() {
    if (schools.countByHostsInternsTrue() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    List<School> registered = List.of(
        host("Назарбаев Зияткерлік мектебі, Түркістан / НИШ Туркестан", Region.TURKISTAN, "Түркістан",
            "host@nis-turkistan.example.kz", "host.school"),
        host("№12 IT-мектеп-лицей / IT-школа-лицей №12", Region.SHYMKENT, "Шымкент", "host@itlyceum12.example.kz", null),
        host("Гимназия №159 имени Ы. Алтынсарина", Region.ALMATY, "Алматы", "host@gym159.example.kz", null),
        // in demo/schools.csv too: one school in both roles
        host("№78 мектеп-лицей", Region.ASTANA, "Астана", "host@lyceum78.example.kz", null));
    for (School school : registered) {
      periods.save(new InternshipPeriod(school, today.plusDays(14), today.plusDays(35), 4));
      periods.save(new InternshipPeriod(school, today.plusDays(60), today.plusDays(81), 4));
    }
  }

  private School host(String name, Region region, String settlement, String email, String userId) {
    return registry.registerHost(name, region, settlement, email, userId).school();
  }
}
