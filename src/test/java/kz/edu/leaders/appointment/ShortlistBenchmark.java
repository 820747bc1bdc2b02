package kz.edu.leaders.appointment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import kz.edu.leaders.OpenCohort;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.TestDatabase;
import kz.edu.leaders.TestJourneys;
import kz.edu.leaders.TestMailServer;
import kz.edu.leaders.Timing;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.reserve.Reserve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a test: the benchmark behind the README's figure for regional HR's shortlist, computed each time
 * an "Offer the post" task opens. It times the shortlist of a Turkistan vacancy with 100 reservists in
 * the reserve and with N (default 1,000: the national reserve after three years is 986), and reports
 * both and their ratio. Run with {@code ./mvnw -Pbenchmark test -Dtest=ShortlistBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@ExtendWith(OpenCohort.class)
class ShortlistBenchmark {

  private static final int RESERVISTS = Integer.getInteger("benchmark.reservists", 1_000);
  private static final Region[] REGIONS = Region.values();

  @Autowired
  TestJourneys journeys;
  @Autowired
  Appointments appointments;
  @Autowired
  SchoolRepository schools;
  @Autowired
  Reserve reserve;

  @Test
  void shortlistOfAVacancy() throws IOException {
    School school = schools.save(School.leadingVacancies("Benchmark school", Region.TURKISTAN, "Түркістан", OrganisationType.SCHOOL,
        false));
    Vacancy vacancy = appointments.register(school.getId(), LeadershipPost.DIRECTOR,
        LocalDate.now(ProgrammeClock.ZONE), new CurrentUser("admin", Set.of(Role.ADMINISTRATORS.groupId())));

    fill(0, 100);
    Timing.Percentiles small = Timing.of(() -> appointments.shortlistFor(vacancy.getId()), 20, 200);
    long started = System.nanoTime();
    fill(100, RESERVISTS);
    Duration filling = Duration.ofNanos(System.nanoTime() - started);
    Timing.Percentiles large = Timing.of(() -> appointments.shortlistFor(vacancy.getId()), 20, 200);

    String report = String.format(
        "Shortlist of a vacancy (%s):%n"
            + "  with %,d reservists: p50 %.1f ms, p95 %.1f ms%n"
            + "  with %,d reservists: p50 %.1f ms, p95 %.1f ms%n"
            + "  ratio p50 %,d / %,d reservists: %.2f; filling the reserve took %s%n",
        System.getProperty("test.database", "h2"), 100, small.p50(), small.p95(), RESERVISTS, large.p50(),
        large.p95(), RESERVISTS, 100, large.p50() / small.p50(), filling);
    System.out.print(report);
    Files.createDirectories(Path.of("target/benchmark"));
    Files.writeString(Path.of("target/benchmark/shortlist.txt"), report);
  }

  /** Reservists numbered from..to, spread over every region, a quarter of them willing to move. */
  private void fill(int from, int to) {
    for (int i = from; i < to; i++) {
      Application reservist = journeys.journeyAt(TestApplications.valid(REGIONS[i % REGIONS.length]),
          "Task_EnrolInReserve");
      journeys.runJobs(reservist, "Task_EnrolInReserve");
      if (i % 4 == 0) {
        reserve.declareRelocation(reservist.getId(), true);
      }
    }
  }
}
