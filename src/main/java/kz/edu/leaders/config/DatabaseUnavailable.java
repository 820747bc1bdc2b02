package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import kz.edu.leaders.identity.RefusalResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (restarted, failed over) a request answers 503 with Retry-After, never a
 * 500 or a request that hangs: once {@link DatabaseWatch} has seen it go, at once; before that (or
 * when the main pool is exhausted) after {@code spring.datasource.hikari.connection-timeout}, when
 * that failure, wherever it surfaces (signing in, the webapp session, the engine REST API, /api),
 * becomes this answer. The pool reconnects by itself when the database is back; so does the job
 * executor. The health endpoints are never turned away: readiness reports the database itself.
 */
@Configuration
public class DatabaseUnavailable {

  /** Seconds a client is asked to wait: about a database restart. */
  public static final int RETRY_AFTER_SECONDS = 10;
  public static final String MESSAGE = "Дерекқор қазір қолжетімсіз; ештеңе өзгертілмеді, сәлден соң қайталаңыз / "
      + "База данных сейчас недоступна; ничего не изменено, повторите чуть позже";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

  /**
   * Whether this failure means no connection could be had: the pool's timeout, the driver's
   * connection errors (SQLState class 08) or the server shutting down (57P), anywhere in the causes.
   */
  public static boolean causes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLException sql
          && sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  static void logged(String request, Throwable failure) {
    LOG.warn("Database unavailable, answered 503 to {}: {}", request, failure.toString());
  }

  /** First of all filters, so that it also sees a failure of signing in or of loading the webapp session. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(ObjectMapper json, DatabaseWatch database) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!database.reachable() && !request.getRequestURI().startsWith("/actuator/")) {
          answerUnavailable(request, response);
          return;
        }
        try {
          chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
          if (!causes(e) || response.isCommitted()) {
            throw e;
          }
          logged(request.getMethod() + " " + request.getRequestURI(), e);
          response.reset();
          answerUnavailable(request, response);
        }
      }

      private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        RefusalResponse.write(request, response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The engine REST API (Jersey) maps exceptions itself: a transaction that could not begin is this case too. */
  @Bean
  ResourceConfigCustomizer engineRestDatabaseUnavailable() {
    return config -> config.register(new NoTransaction());
  }

  static final class NoTransaction implements ExceptionMapper<CannotCreateTransactionException> {

    @Override
    public Response toResponse(CannotCreateTransactionException e) {
      if (!causes(e)) {
        LOG.error("A transaction could not begin", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_VALUE)
            .entity(Map.of("type", e.getClass().getSimpleName(), "message", "A transaction could not begin")).build();
      }
      logged("the engine REST API", e);
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
          .type(MediaType.APPLICATION_JSON_VALUE).entity(Map.of("status", 503, "message", MESSAGE)).build();
    }
  }
}
