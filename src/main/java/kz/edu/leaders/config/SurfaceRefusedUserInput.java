package kz.edu.leaders.config;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception (HTTP 500 in the REST
 * API). When a listener refused a form field, or refused a request (a claim by a reviewer who may not
 * review), hand that refusal back as it is: the REST API answers 400 and Tasklist shows the
 * listener's own message ("Rejection reason: ..."). Runs outside the transaction, so everything the
 * refused command did is already rolled back.
 */
public class SurfaceRefusedUserInput extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      ProcessEngineException refusal = refusalBehind(e);
      throw refusal != null ? refusal : e;
    }
  }

  private static ProcessEngineException refusalBehind(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
        return (ProcessEngineException) cause;
      }
    }
    return null;
  }
}
