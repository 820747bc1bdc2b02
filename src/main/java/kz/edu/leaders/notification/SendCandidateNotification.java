package kz.edu.leaders.notification;

import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A send task of the candidate's journey: mails the template named by the task's input parameter
 * {@code template}. The task runs as an asynchronous job with retries; the job's id is the
 * notification's idempotency key, so a retry of the same job never mails twice, while passing the
 * task again later (a new job) sends a new mail.
 */
@Component("sendCandidateNotification")
public class SendCandidateNotification implements JavaDelegate {

  static final ProcessVariable<String> TEMPLATE_PARAMETER = ProcessVariable.stringVariable("template");

  private final CandidateMails mails;
  private final NotificationService notifications;

  public SendCandidateNotification(CandidateMails mails, NotificationService notifications) {
    this.mails = mails;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = TEMPLATE_PARAMETER.fromLocal(execution);
    long applicationId = CandidateJourney.APPLICATION_ID.from(execution);
    OutgoingMail mail = mails.compose(applicationId, execution.getProcessInstanceId(), template,
        execution.getVariables());
    notifications.deliver(NotificationService.keyOfCurrentJob(execution), mail);
  }
}
