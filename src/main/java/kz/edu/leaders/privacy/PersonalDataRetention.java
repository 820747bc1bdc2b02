package kz.edu.leaders.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets a candidate when the law says it must: once their journey has ended and nothing was decided
 * about them for {@code leaders.retention.personal-data}, their names, IIN, contacts, organisation,
 * documents, reports, notes and written reasons are removed, and any personal variable left in the
 * engine's history. What the reports count stays: region, language, the IIN's sex digit, post,
 * organisation type, every outcome and score. Each anonymisation is logged (table anonymisation, a
 * line on the auditor's trail, the application log).
 */
@Service
public class PersonalDataRetention {

  static final String REMOVED = "—";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);

  private final AnonymisationRepository log;
  private final StageResultRepository results;
  private final EntityManager entityManager;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TransactionTemplate transaction;
  private final Period retention;
  private final Clock clock;

  public PersonalDataRetention(AnonymisationRepository log,
      StageResultRepository results, EntityManager entityManager, RuntimeService runtimeService,
      HistoryService historyService, TransactionTemplate transaction,
      RetentionSettings settings, Clock clock) {
    this.log = log;
    this.results = results;
    this.entityManager = entityManager;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.transaction = transaction;
    this.retention = settings.personalData();
    this.clock = clock;
  }

  /** Every night: the applications whose period ended, each in its own transaction. */
  @Scheduled(cron = "${leaders.retention.schedule}", zone = "Asia/Almaty")
  public void anonymiseDue() {
    List<Long> due = dueOn(clock.instant());
    due.forEach(this::anonymise);
    if (!due.isEmpty()) {
      LOG.info("Anonymised {} applications whose retention period ({}) ended", due.size(), retention);
    }
  }

  /**
   * Applications not yet anonymised, with no decision and no submission within the retention period
   * before that moment, whose journey no longer runs.
   */
  public List<Long> dueOn(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    return transaction.execute(status -> entityManager.createQuery("select a.id, a.processInstanceId"
            + " from Application a where a.submittedAt < :cutoff"
            + " and not exists (select n from Anonymisation n where n.applicationId = a.id)"
            + " and not exists (select s from StageResult s where s.applicationId = a.id and s.decidedAt >= :cutoff)"
            + " order by a.id", Object[].class).setParameter("cutoff", cutoff).getResultList()
        .stream().filter(row -> row[1] == null
            || runtimeService.createProcessInstanceQuery().processInstanceId((String) row[1]).count() == 0)
        .map(row -> (Long) row[0]).toList());
  }

  /** Removes one application's personal data; a second call finds it logged and does nothing. */
  public void anonymise(long applicationId) {
    transaction.executeWithoutResult(status -> {
      // one node at a time: the second waits for the row, then finds the log line and leaves
      Application application = entityManager.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
      if (log.existsById(applicationId)) {
        return;
      }
      entityManager.createQuery("update Application a set a.iin = :iin, a.lastName = :removed, a.firstName = :removed,"
          + " a.middleName = null, a.email = :email, a.phone = :removed, a.organisationName = :removed,"
          + " a.version = a.version + 1 where a.id = :id").setParameter("iin", placeholderIin(application))
          .setParameter("removed", REMOVED).setParameter("email", placeholderEmail(applicationId))
          .setParameter("id", applicationId).executeUpdate();
      for (String sql : List.of(
          "delete from candidate_document_view where application_id = ?1",
          "delete from candidate_document where application_id = ?1",
          "delete from final_report where application_id = ?1",
          "update internship_placement set report = null where application_id = ?1",
          "update mentor_meeting set notes = null where application_id = ?1",
          "update notification set recipient = 'anonymised-' || cast(application_id as varchar(20)) || '@invalid'"
              + " where application_id = ?1",
          "update data_correction set old_value = null, new_value = null, reason = '" + REMOVED
              + "' where application_id = ?1",
          // the candidate's appeal and the commission's answer to it are written about the person
          "update appeal set reason = '" + REMOVED + "', decision_reason = null where application_id = ?1",
          // written reasons and rule inputs may quote the person; outcomes and scores stay for the reports
          "update stage_result set reason = null, rule_inputs = null where application_id = ?1")) {
        entityManager.createNativeQuery(sql).setParameter(1, applicationId).executeUpdate();
      }
      if (application.getProcessInstanceId() != null) {
        historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getProcessInstanceId())
            .list().stream().filter(v -> PersonalDataVariables.isPersonal(v.getName()))
            .map(HistoricVariableInstance::getId).forEach(historyService::deleteHistoricVariableInstance);
      }
      Instant now = clock.instant();
      log.save(new Anonymisation(applicationId, now, retention.toString()));
      results.save(new StageResult(applicationId, Stage.ANONYMISATION, Outcome.PERSONAL_DATA_REMOVED,
          "retention period " + retention + " ended", "system", now));
      LOG.info("Anonymised application {}: personal data removed after the retention period {}",
          application.getApplicationNumber(), retention);
    });
  }

  /**
   * Twelve characters, unique in the cohort, no birth date and no person: zeros, the original sex
   * digit (what the fairness report counts), and the application id in base 36.
   */
  static String placeholderIin(Application application) {
    char sex = application.getIin().length() > 6 ? application.getIin().charAt(6) : '0';
    String id = Long.toString(application.getId(), 36).toUpperCase(Locale.ROOT);
    return "000000" + sex + "0".repeat(Math.max(0, 5 - id.length())) + id;
  }

  private static String placeholderEmail(long applicationId) {
    return "anonymised-" + applicationId + "@invalid";
  }
}
