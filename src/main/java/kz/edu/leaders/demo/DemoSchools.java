package kz.edu.leaders.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.edu.leaders.school.SchoolRegistry;
import kz.edu.leaders.school.SchoolRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A school registry to open vacancies in, imported from demo/schools.csv the way process owners import theirs. */
@Component
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoSchools {

  private final SchoolRegistry registry;
  private final SchoolRepository schools;

  public DemoSchools(SchoolRegistry registry, SchoolRepository schools) {
    this.registry = registry;
    this.schools = schools;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void seed() {
    if (schools.countByLeadsVacanciesTrue() > 0) {
      return;
    }
    try (InputStream csv = new ClassPathResource("demo/schools.csv").getInputStream()) {
      registry.importCsv(csv.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
