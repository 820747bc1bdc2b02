package kz.edu.leaders.config;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception (HTTP 500 in the REST
 * API). When a listener refused a form field, hand that refusal back as it is: the REST API answers
 * 400 and Tasklist shows the listener's own message ("Rejection reason: ..."). Runs outside the
 * transaction, so everything the refused command did is already rolled back.
 */
public class SurfaceRefusedUserInput extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      FormFieldValidationException refusal = refusalBehind(e);
      throw refusal != null ? refusal : e;
    }
  }

  private static FormFieldValidationException refusalBehind(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
