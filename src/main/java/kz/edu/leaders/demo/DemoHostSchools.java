package kz.edu.leaders.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.internship.HostSchool;
import kz.edu.leaders.internship.HostSchoolRegistry;
import kz.edu.leaders.internship.HostSchoolRepository;
import kz.edu.leaders.internship.InternshipPeriod;
import kz.edu.leaders.internship.InternshipPeriodRepository;
import kz.edu.leaders.region.Region;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Leading schools with internship periods in the coming months; the demo user "host.school" is the
 * first of them, so it evaluates its interns' reports.
 */
@Component
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoHostSchools {

  private final HostSchoolRepository schools;
  private final HostSchoolRegistry registry;
  private final InternshipPeriodRepository periods;
  private final Clock clock;

  public DemoHostSchools(HostSchoolRepository schools, HostSchoolRegistry registry,
      InternshipPeriodRepository periods, Clock clock) {
    this.schools = schools;
    this.registry = registry;
    this.periods = periods;
    this.clock = clock;
  }

  /** After the demo users (order 1): the first school is linked to "host.school" as the API links one. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void seed() {
    if (schools.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    List<HostSchool> registered = List.of(
        registry.register(new HostSchool("Назарбаев Зияткерлік мектебі, Түркістан / НИШ Туркестан", Region.TURKISTAN,
            "Түркістан", "host@nis-turkistan.example.kz"), "host.school"),
        registry.register(new HostSchool("№12 IT-мектеп-лицей / IT-школа-лицей №12", Region.SHYMKENT, "Шымкент",
            "host@itlyceum12.example.kz"), null),
        registry.register(new HostSchool("Гимназия №159 имени Ы. Алтынсарина", Region.ALMATY, "Алматы",
            "host@gym159.example.kz"), null),
        registry.register(new HostSchool("Келешек мектебі №1 / Школа будущего №1", Region.ASTANA, "Астана",
            "host@keleshek1.example.kz"), null));
    for (HostSchool school : registered) {
      periods.save(new InternshipPeriod(school, today.plusDays(14), today.plusDays(35), 4));
      periods.save(new InternshipPeriod(school, today.plusDays(60), today.plusDays(81), 4));
    }
  }
}
