package kz.edu.leaders.simulation;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.edu.leaders.TestMailServer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What must hold after a run, read from the database; each with the count it found. */
@Component
class Invariants {

  /** Where a journey may end: every status but these is a journey still under way. */
  private static final Set<String> END_STATES = Set.of("INELIGIBLE", "DOCUMENTS_REJECTED", "TEST_FAILED",
      "NOT_ADMITTED", "WITHDRAWN", "APPOINTED", "IN_RESERVE");
  /** Sent once per level assessment, so as often as the trainer assessed. */
  private static final String LEVEL_RESULT = "training-level-result";
  private static final int DEFAULT_RETRIES = 3;

  record Check(String name, long found, boolean holds) {
  }

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final int jobThreads;

  Invariants(JdbcTemplate jdbc, RuntimeService runtimeService,
      @Value("${camunda.bpm.job-execution.max-pool-size}") int jobThreads) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.jobThreads = jobThreads;
  }

  /**
   * What a fault run may leave that a quiet run may not: incidents whose message matches this SQL LIKE
   * pattern (explained by the fault, and they must be resolved; null when none is), and the nodes
   * killed with {@code kill -9}.
   */
  record Faults(String explainedIncidents, int kills) {
    static final Faults NONE = new Faults(null, 0);
  }

  List<Check> check(int applicants) {
    return check(applicants, Faults.NONE);
  }

  List<Check> check(int applicants, Faults faults) {
    String explainedIncidents = faults.explainedIncidents();
    List<Check> checks = new ArrayList<>();
    long applications = count("select count(*) from application");
    checks.add(new Check("applications recorded (expected " + applicants + ")", applications,
        applications == applicants));
    long between = jdbc.queryForList("select status from application", String.class).stream()
        .filter(status -> !END_STATES.contains(status)).count();
    checks.add(new Check("candidates not at an end state (nor waiting in the reserve)", between, between == 0));
    long reservists = count("select count(*) from application where status = 'IN_RESERVE'");
    long waiting = runtimeService.createExecutionQuery().processDefinitionKey("candidate-journey")
        .activityId("Task_AwaitAppointment").count();
    checks.add(new Check("reservists waiting for a post, by journey (" + reservists + " by status)", waiting,
        waiting == reservists));
    long journeys = runtimeService.createProcessInstanceQuery().processDefinitionKey("candidate-journey").count();
    checks.add(new Check("journeys still running that are not reservists", journeys - reservists,
        journeys == reservists));
    long others = runtimeService.createProcessInstanceQuery().list().stream()
        .filter(i -> !Set.of("candidate-journey", "overdue-digest").contains(processKey(i.getProcessDefinitionId())))
        .count();
    checks.add(new Check("other process instances still running", others, others == 0));
    long tasks = count("select count(*) from act_ru_task");
    checks.add(new Check("open user tasks", tasks, tasks == 0));
    long twice = count("select count(*) from (select application_id, stage, outcome from stage_result"
        + " group by application_id, stage, outcome having count(*) > 1) twice");
    checks.add(new Check("stage results recorded twice (candidate, stage, outcome)", twice, twice == 0));
    // mails to the candidate; their mentor's monthly reminders are meant to repeat
    List<String> mailedTwice = jdbc.queryForList("select n.template from notification n"
        + " join application a on a.id = n.application_id where n.recipient = a.email"
        + " and n.template <> '" + LEVEL_RESULT + "' group by n.application_id, n.template having count(*) > 1",
        String.class);
    checks.add(new Check("mails to a candidate sent twice (candidate, template)" + (mailedTwice.isEmpty() ? ""
        : ": " + String.join(", ", new TreeSet<>(mailedTwice))), mailedTwice.size(), mailedTwice.isEmpty()));
    long levelMails = count("select count(*) from notification where template = '" + LEVEL_RESULT + "'");
    long levelResults = count("select count(*) from stage_result where stage like 'TRAINING\\_%' escape '\\'");
    checks.add(new Check("level-result mails (one per level assessment: " + levelResults + ")", levelMails,
        levelMails == levelResults));
    long unsent = count("select count(*) from notification where status <> 'SENT'");
    checks.add(new Check("mails not delivered", unsent, unsent == 0));
    long sent = count("select count(*) from notification where status = 'SENT'");
    List<MimeMessage> inbox = TestMailServer.received();
    long distinct = inbox.stream().map(Invariants::messageId).distinct().count();
    checks.add(new Check("mails the SMTP server received, by Message-ID (" + sent + " sent in the log)", distinct,
        distinct == sent));
    // a node killed between the server's acceptance and the log's SENT re-sends that mail on the job's
    // retry, with the same Message-ID: at most one per job thread and kill
    long resent = inbox.size() - distinct;
    checks.add(new Check("mails the SMTP server received twice, same Message-ID (at most " + jobThreads
        + " per kill -9: " + faults.kills() + " kills)", resent, resent <= (long) jobThreads * faults.kills()));
    long failing = count("select count(*) from act_ru_job where retries_ < " + DEFAULT_RETRIES
        + " or exception_stack_id_ is not null");
    checks.add(new Check("failed jobs (retries below " + DEFAULT_RETRIES + " or an exception)", failing, failing == 0));
    long stuck = jdbc.queryForObject("select count(*) from act_ru_job where lock_exp_time_ < ?", Long.class,
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
    checks.add(new Check("jobs still locked past their lock time", stuck, stuck == 0));
    long incidents = count("select count(*) from act_hi_incident");
    if (explainedIncidents == null) {
      checks.add(new Check("incidents (ever raised)", incidents, incidents == 0));
    } else {
      long unexplained = jdbc.queryForObject("select count(*) from act_hi_incident where incident_msg_ is null"
          + " or incident_msg_ not like ?", Long.class, explainedIncidents);
      checks.add(new Check("incidents raised (" + incidents + "), not explained by the fault", unexplained,
          unexplained == 0));
      long open = count("select count(*) from act_ru_incident");
      checks.add(new Check("incidents still open", open, open == 0));
    }
    return checks;
  }

  /** Job attempts that failed and were retried (optimistic locking among them): a figure, not a breach. */
  long failedAttempts() {
    return count("select count(*) from act_hi_job_log where job_state_ = 1");
  }

  /** Jobs run to the end, per node (the engine's hostname in the job log). */
  Map<String, Long> jobsPerNode() {
    return counted("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_"
        + " order by hostname_");
  }

  /**
   * Job attempts that lost an optimistic-locking race (another node or thread changed the same rows
   * first) and were retried by the job executor; never seen by a person.
   */
  long optimisticLockingRetries() {
    return count("select count(*) from act_hi_job_log where job_state_ = 1"
        + " and job_exception_msg_ like '%updated by another transaction concurrently%'");
  }

  /**
   * Jobs a node's acquisition tried to lock and another node locked first (the engine's metric
   * job-acquired-failure), per node: a conflict the acquisition absorbs, no job runs twice.
   */
  Map<String, Long> acquisitionConflictsPerNode() {
    return counted("select reporter_, sum(value_) from act_ru_meter_log where name_ = 'job-acquired-failure'"
        + " group by reporter_ order by reporter_");
  }

  /** A query's rows of (name, count) in its order. */
  private Map<String, Long> counted(String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(sql, row -> {
      counts.put(row.getString(1), row.getLong(2));
    });
    return counts;
  }

  /** PostgreSQL's connection limit, which every node's pool shares ("n/a" on H2). */
  String maxConnections() {
    try {
      return jdbc.queryForObject("show max_connections", String.class);
    } catch (org.springframework.dao.DataAccessException notPostgres) {
      return "n/a";
    }
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }

  private static String processKey(String definitionId) {
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  /** Candidates per application status: where the cohort ended. */
  Map<String, Long> funnel() {
    return counted("select status, count(*) from application group by status order by status");
  }
}
