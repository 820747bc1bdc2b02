package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import kz.edu.leaders.identity.RefusalResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (restarted, failed over) a request answers 503 with Retry-After, never a
 * 500 or a request that hangs: once {@link DatabaseWatch} has seen it go, at once; before that after
 * {@code spring.datasource.hikari.connection-timeout}, when that failure, wherever it surfaces (signing
 * in, the webapp session, an engine command called through any engine REST API, Tasklist's included
 * ({@link SurfaceRefusedUserInput}), /api), becomes this answer. A main pool that is merely exhausted
 * while the watch still reaches the database answers 503 too, but says so, with a shorter wait. The pool reconnects by itself when the database is back; so does the job executor. The health
 * endpoints are never turned away: readiness reports the database itself.
 */
@Configuration
public class DatabaseUnavailable {

  /** Seconds a client is asked to wait: about a database restart. */
  public static final int RETRY_AFTER_SECONDS = 10;
  public static final String MESSAGE = "Дерекқор қазір қолжетімсіз; ештеңе өзгертілмеді, сәлден соң қайталаңыз / "
      + "База данных сейчас недоступна; ничего не изменено, повторите чуть позже";
  /** Seconds a client is asked to wait for a busy pool: a connection is handed back within moments. */
  public static final int BUSY_RETRY_AFTER_SECONDS = 2;
  public static final String BUSY_MESSAGE = "Жүйеге қазір сұраулар тым көп түсіп жатыр; ештеңе өзгертілмеді, "
      + "бірнеше секундтан соң қайталаңыз / Система сейчас перегружена запросами; ничего не изменено, "
      + "повторите через несколько секунд";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
  private static final Answer AWAY = new Answer(MESSAGE, RETRY_AFTER_SECONDS, "Database unavailable");

  /** What a caller who got no connection is told, how long it is asked to wait, and the log's reason. */
  record Answer(String message, int retryAfterSeconds, String reason) {

    void logged(String request, Throwable failure) {
      LOG.warn("{}: answered 503 to {}: {}", reason, request, failure.toString());
    }
  }

  /**
   * The answer to a failure for want of a connection, anywhere in its causes, or none for any other
   * failure. The driver's connection errors (SQLState class 08, which Hikari also gives its timeout
   * after such an error) and the server shutting down (57P) mean the database is away. The pool's own
   * timeout alone means so only if the watch sees it away too; else every connection was in use.
   */
  static Optional<Answer> answer(Throwable failure, DatabaseWatch database) {
    boolean poolTimedOut = false;
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return Optional.of(AWAY);
      }
      poolTimedOut |= cause instanceof SQLTransientConnectionException;
    }
    if (!poolTimedOut) {
      return Optional.empty();
    }
    return Optional.of(database.reachable() ? new Answer(BUSY_MESSAGE, BUSY_RETRY_AFTER_SECONDS,
        "Connection pool exhausted (all " + database.mainPoolSize() + " connections in use; the database answers)")
        : AWAY);
  }

  /** First of all filters, so that it also sees a failure of signing in or of loading the webapp session. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(ObjectMapper json, DatabaseWatch database) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!database.reachable() && !request.getRequestURI().startsWith("/actuator/")) {
          refuse(request, response, AWAY);
          return;
        }
        try {
          chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
          Optional<Answer> answer = response.isCommitted() ? Optional.empty() : answer(e, database);
          if (answer.isEmpty()) {
            throw e;
          }
          answer.get().logged(request.getMethod() + " " + request.getRequestURI(), e);
          response.reset();
          refuse(request, response, answer.get());
        }
      }

      private void refuse(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        response.setHeader("Retry-After", String.valueOf(answer.retryAfterSeconds()));
        RefusalResponse.write(request, response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, answer.message());
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
