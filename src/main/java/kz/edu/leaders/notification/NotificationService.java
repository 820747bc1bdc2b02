package kz.edu.leaders.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail at most once per idempotency key. Each step of the delivery log commits on its own,
 * beside the engine's transaction: once the mail server took a message, the log says SENT even if
 * the process step that sent it rolls back, so the engine's retry finds it sent and does not mail
 * again. If the database is away just then, recording SENT is tried again until it is back (within
 * the job's lock), for the same reason. A failure is logged with the attempt and rethrown, so the engine retries and, in the end,
 * raises an incident in Cockpit.
 *
 * <p>The own transactions are what makes a mail go out once, and they cost a second connection while
 * the job's is held: the send cannot roll back, so its record must outlive a rollback of the job.
 * The pool is sized for that ({@code config/ConnectionPoolRule}).
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  private static final Duration RECORD_RETRY_EVERY = Duration.ofSeconds(1);
  private static final Duration RECORD_PATIENCE_OUTSIDE_JOBS = Duration.ofSeconds(10);
  private static final Duration LOCK_MARGIN = Duration.ofSeconds(5);

  private final NotificationRepository notifications;
  private final MailComposer composer;
  private final MailTransport transport;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public NotificationService(NotificationRepository notifications, MailComposer composer, MailTransport transport,
      PlatformTransactionManager transactions, Clock clock) {
    this.notifications = notifications;
    this.composer = composer;
    this.transport = transport;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** @return the delivery log entry, SENT */
  public Notification deliver(String idempotencyKey, OutgoingMail mail) {
    Notification notification = ownTransaction.execute(status -> notifications.findByIdempotencyKey(idempotencyKey)
        .orElseGet(() -> notifications.save(new Notification(idempotencyKey, mail, clock.instant()))));
    if (notification.getStatus() == NotificationStatus.SENT) {
      LOG.info("Notification {} ({}) was already sent; not sending it again", notification.getId(), mail.template());
      return notification;
    }
    try {
      transport.send(composer.compose(mail, notification.getMessageId()));
    } catch (Exception e) {
      record(notification.getId(), logged -> logged.failed(e.toString()));
      throw new MailNotSentException("Notification " + notification.getId() + " (" + mail.template() + ") not sent", e);
    }
    // the mail is out: if its record were lost to a database restart, the job's retry would send it again
    Notification sent = untilStored(() -> record(notification.getId(), logged -> logged.sent(clock.instant())),
        recordDeadline(), RECORD_RETRY_EVERY);
    LOG.info("Notification {} ({}, {}) sent", sent.getId(), mail.template(), mail.language());
    return sent;
  }

  /**
   * The idempotency key of a mail sent from a process step: the id of the job running it, the same
   * on every retry of that job and new when the step is passed again.
   */
  public static String keyOfCurrentJob(DelegateExecution execution) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    if (job == null) {
      throw new IllegalStateException(execution.getCurrentActivityId()
          + " sends mail and must be asyncBefore, so that its job id can keep the mail from going out twice");
    }
    return "job:" + job.getId();
  }

  /**
   * Runs the write; while the database refuses it (a restart, a fail-over: the connection refused,
   * broken, or closed under a rollback) tries again every so often until the deadline, then gives up
   * with the last failure. The row exists, so nothing but the database can make the write fail.
   */
  static <T> T untilStored(Supplier<T> write, Instant deadline, Duration every) {
    while (true) {
      try {
        return write.get();
      } catch (DataAccessException | TransactionException e) {
        if (Instant.now().plus(every).isAfter(deadline)) {
          throw e;
        }
        LOG.warn("The database is unavailable; trying again in {} to record a mail that went out: {}", every, e.toString());
        try {
          Thread.sleep(every.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Until shortly before the running job's lock runs out (another node may run the job after it), or a
   * few seconds outside a job.
   */
  private static Instant recordDeadline() {
    // real time (how long this thread may go on trying); the lock's length on the engine's clock that set it
    JobEntity job = Context.getCommandContext() == null ? null : Context.getCommandContext().getCurrentJob();
    if (job == null || job.getLockExpirationTime() == null) {
      return Instant.now().plus(RECORD_PATIENCE_OUTSIDE_JOBS);
    }
    long lockLeft = job.getLockExpirationTime().getTime() - ClockUtil.getCurrentTime().getTime();
    return Instant.now().plusMillis(lockLeft).minus(LOCK_MARGIN);
  }

  private Notification record(Long id, java.util.function.Consumer<Notification> change) {
    return ownTransaction.execute(status -> {
      Notification notification = notifications.findById(id).orElseThrow();
      change.accept(notification);
      return notification;
    });
  }

  /** The mail server did not take the message; the engine will retry. */
  public static class MailNotSentException extends RuntimeException {

    MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
