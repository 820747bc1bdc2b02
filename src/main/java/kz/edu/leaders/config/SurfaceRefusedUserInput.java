package kz.edu.leaders.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import kz.edu.leaders.identity.EngineCommands;
import kz.edu.leaders.identity.UserCommandGuard;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine wraps whatever a task listener throws into a generic exception (HTTP 500 in the REST
 * API). When a listener refused a form field ({@link FieldRefused}, handed on here, and only here, as
 * the engine's own form-field refusal), or refused a request (a claim by a reviewer who may not
 * review), hand that refusal back as it is: the REST API answers 400 and Tasklist shows the
 * listener's own message ("Rejection reason: ..."), whichever resource was called. Two people acting on one task at once get 409
 * from the engine REST API, not 500. Refusals are logged in one line at INFO (the engine's own
 * command logging is off), real failures at ERROR with their cause. A command that got no connection
 * answers 503 with Retry-After on every engine REST path, Tasklist's and Cockpit's included (their own
 * REST applications would answer 500), with {@link DatabaseUnavailable}'s words. Runs outside the
 * transaction, so everything the refused command did is already rolled back.
 */
public class SurfaceRefusedUserInput extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(SurfaceRefusedUserInput.class);

  private final ProcessEngineConfigurationImpl engine;
  private final DatabaseWatch database;

  public SurfaceRefusedUserInput(ProcessEngineConfigurationImpl engine, DatabaseWatch database) {
    this.engine = engine;
    this.database = database;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean topLevel = Context.getCommandContext() == null;
    try {
      return next.execute(command);
    } catch (ProcessEngineException | FieldRefused e) {
      if (!topLevel) {
        throw e;
      }
      refuseIfNoConnection(command, e);
      RestException conflict = engineRestCall() && e instanceof ProcessEngineException failure
          ? conflict(command, failure) : null;
      if (conflict != null) {
        LOG.info("Conflict in {}: {}", command.getClass().getSimpleName(), conflict.getMessage());
        throw conflict;
      }
      ProcessEngineException refusal = refusalBehind(e);
      if (refusal != null) {
        LOG.info("Refused {}: {}", command.getClass().getSimpleName(), refusal.getMessage());
        throw engineRestCall() ? restRefusal(command, refusal) : refusal;
      }
      LOG.error("{} failed", command.getClass().getSimpleName(), e);
      throw e;
    } catch (CannotCreateTransactionException e) {
      if (topLevel) {
        refuseIfNoConnection(command, e);
      }
      throw e;
    }
  }

  /**
   * A command on an engine REST path that got no connection, or lost the one it had: 503 with
   * Retry-After, in {@link DatabaseUnavailable}'s words (the engine REST applications would answer 500).
   */
  private void refuseIfNoConnection(Command<?> command, RuntimeException failure) {
    HttpServletResponse response = camundaRestResponse();
    Optional<DatabaseUnavailable.Answer> unavailable = response == null ? Optional.empty()
        : DatabaseUnavailable.answer(failure, database);
    if (unavailable.isPresent()) {
      unavailable.get().logged(command.getClass().getSimpleName(), failure);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.get().retryAfterSeconds()));
      throw new RestException(Status.SERVICE_UNAVAILABLE, failure, unavailable.get().message());
    }
  }

  private static ProcessEngineException refusalBehind(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FieldRefused field) {
        // the one place our refusal becomes the engine's: Tasklist shows it at the field
        return new FormFieldValidationException(field.field(), field.getMessage());
      }
      if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException
          || cause instanceof AuthorizationException) {
        return (ProcessEngineException) cause;
      }
    }
    return null;
  }

  /**
   * Several engine REST resources answer 500 for any engine exception but a RestException, and those
   * adding a comment or an attachment 400 "Not enough parameters submitted": the refusal is handed on
   * with its own status and words.
   */
  private static RuntimeException restRefusal(Command<?> command, ProcessEngineException refusal) {
    if (refusal instanceof BadUserRequestException) {
      return new RestException(Status.BAD_REQUEST, refusal, refusal.getMessage());
    }
    if (refusal instanceof AuthorizationException && UserCommandGuard.isCommentOrAttachment(command)) {
      return new RestException(Status.FORBIDDEN, refusal, refusal.getMessage());
    }
    return refusal;
  }

  private RestException conflict(Command<?> command, ProcessEngineException e) {
    if (e instanceof TaskAlreadyClaimedException) {
      return new RestException(Status.CONFLICT, "Тапсырманы басқа қызметкер алып қойған / Задачу уже взял другой "
          + "сотрудник: " + ((TaskAlreadyClaimedException) e).getTaskAssignee());
    }
    if (e instanceof OptimisticLockingException) {
      return new RestException(Status.CONFLICT, "Мұны біреу дәл қазір өзгертті, бетті жаңартыңыз / Это только что "
          + "изменил кто-то другой, обновите страницу");
    }
    // a colleague's completion removes the task and, in the same commit, its authorizations: a click read
    // the task just before and the permission just after, and would be told it may not work it
    if ((e instanceof NullValueException || e instanceof AuthorizationException) && isTaskCommand(command)
        && taskAlreadyCompleted(command)) {
      return new RestException(Status.CONFLICT, "Тапсырма орындалып қойған / Задача уже выполнена");
    }
    return null;
  }

  private static boolean isTaskCommand(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd || command instanceof ClaimTaskCmd;
  }

  private boolean taskAlreadyCompleted(Command<?> command) {
    String taskId = EngineCommands.field(command, "taskId");
    return taskId != null && engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0));
  }

  /** The engine REST API (scripts, Tasklist, Cockpit) maps a RestException's status; the application API does not. */
  private static boolean engineRestCall() {
    String path = requestPath();
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
  }

  /**
   * The response of a call to the engine REST API or the webapps' own (Cockpit's and Tasklist's
   * plugins), each of which maps a RestException; none for any other caller.
   */
  private static HttpServletResponse camundaRestResponse() {
    String path = requestPath();
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
        ? ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getResponse() : null;
  }

  private static String requestPath() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return "";
    }
    HttpServletRequest request = attributes.getRequest();
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
