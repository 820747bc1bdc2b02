package kz.edu.leaders.fairness;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.PersonName;
import kz.edu.leaders.application.Post;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates, decisions and scores written straight into the tables, so that a report test knows
 * every figure it should read back (the processes that normally write them are tested elsewhere).
 */
@Component
public class ConstructedCohort {

  private static final AtomicInteger SERIAL = new AtomicInteger(1000);

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;

  public ConstructedCohort(ApplicationRepository applications, StageResultRepository results, JdbcTemplate jdbc,
      EntityManager entityManager) {
    this.applications = applications;
    this.results = results;
    this.jdbc = jdbc;
    this.entityManager = entityManager;
  }

  @Transactional
  public Application candidate(int year, boolean female, String language, Post post) {
    String iin = null;
    while (iin == null) {
      iin = Iin.compose(LocalDate.of(1984, 5, 1), female, SERIAL.incrementAndGet()).orElse(null);
    }
    String nextValue = entityManager.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("application_seq");
    long id = ((Number) entityManager.createNativeQuery(nextValue).getSingleResult()).longValue();
    return applications.save(new Application(id, year, iin, new PersonName("Тестова", "Айжан", null),
        Region.TURKISTAN, post, OrganisationType.SCHOOL, "№" + id + " мектеп", 10, "a" + id + "@mail.example.kz",
        "+7 701 000 00 00", language, Instant.now()));
  }

  public void result(Application candidate, Stage stage, Outcome outcome, Integer score) {
    results.save(new StageResult(candidate.getId(), stage, outcome, "constructed", "system", Instant.now())
        .byRule("constructed", 1, score));
  }

  public void expertReview(long applicationId, String reviewer, String kind, int score, Instant at) {
    jdbc.update("insert into final_review (application_id, reviewer, kind, score, reviewed_at) values (?, ?, ?, ?, ?)",
        applicationId, reviewer, kind, score, Timestamp.from(at));
  }

  public void interviewScore(long applicationId, String member, String competency, int score, Instant at) {
    jdbc.update("insert into interview_score (application_id, member, competency, score, scored_at)"
        + " values (?, ?, ?, ?, ?)", applicationId, member, competency, score, Timestamp.from(at));
  }

  public void document(long applicationId, String fileName, byte[] content) {
    jdbc.update("insert into candidate_document (application_id, kind, version, file_name, content_type, size_bytes,"
        + " sha256, content, uploaded_at, uploaded_by) values (?, 'DIPLOMA', 1, ?, 'application/pdf', ?, ?, ?, ?, 'portal')",
        applicationId, fileName, content.length, "0".repeat(64), content, Timestamp.from(Instant.now()));
  }
}
