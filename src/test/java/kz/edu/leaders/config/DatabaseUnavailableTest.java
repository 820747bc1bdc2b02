package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * While the database is away a caller is told to come back (503, Retry-After), wherever the failure
 * to get a connection surfaces, and at once while the watch sees the database away; a pool that timed
 * out while the watch sees the database is told as busy, with a shorter wait; any other failure keeps
 * its usual answer. The whole path, with PostgreSQL really stopped, is the fault suite's
 * (simulation/FaultSuite).
 */
class DatabaseUnavailableTest {

  private static final HikariDataSource PRESENT = pool("jdbc:h2:mem:watched");
  /** Nothing listens on port 1: the driver's connection is refused, as by a stopped server. */
  private static final HikariDataSource ABSENT = pool("jdbc:postgresql://localhost:1/leaders");
  private static final DatabaseWatch WATCHING_PRESENT = watch(PRESENT);
  private static final DatabaseWatch WATCHING_ABSENT = watch(ABSENT);

  private static final RuntimeException POOL_TIMED_OUT = new CannotCreateTransactionException(
      "Could not open JDBC Connection for transaction",
      new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms."));

  private static final RuntimeException DRIVER_REFUSED = new IllegalStateException(
      new SQLException("Connection refused", "08001"));

  /** What the engine throws when the server goes away in the middle of a command. */
  private static final RuntimeException CONNECTION_LOST = new ProcessEngineException("Could not flush",
      new SQLException("An I/O error occurred while sending to the backend", "08006"));

  private final Filter filter = filterWatching(WATCHING_PRESENT);

  @AfterAll
  static void closePools() {
    WATCHING_PRESENT.destroy();
    WATCHING_ABSENT.destroy();
    PRESENT.close();
    ABSENT.close();
  }

  @Test
  void whileTheWatchSeesTheDatabaseAwayEveryRequestIsAnswered503AtOnceButTheHealthEndpoints() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !WATCHING_ABSENT.reachable());
    Filter gate = filterWatching(WATCHING_ABSENT);
    AtomicInteger passedOn = new AtomicInteger();
    FilterChain counting = (request, ignored) -> passedOn.incrementAndGet();
    MockHttpServletResponse response = new MockHttpServletResponse();

    gate.doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/claim"), response, counting);
    gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
        counting);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    assertThat(passedOn).as("only the health endpoint went on").hasValue(1);
    assertThat(WATCHING_ABSENT.health().getStatus().getCode()).isEqualTo("DOWN");
  }

  @Test
  void aDatabaseThatAnswersLetsRequestsThrough() throws Exception {
    AtomicInteger passedOn = new AtomicInteger();

    Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(WATCHING_PRESENT::reachable);
    filter.doFilter(new MockHttpServletRequest("GET", "/api/cohorts/2026"), new MockHttpServletResponse(),
        (request, ignored) -> passedOn.incrementAndGet());

    assertThat(passedOn).hasValue(1);
    assertThat(WATCHING_PRESENT.health().getStatus().getCode()).isEqualTo("UP");
  }

  @Test
  void aSignInOrSessionThatCannotReachTheDatabaseIsAnswered503WithRetryAfter() throws Exception {
    MockHttpServletResponse response = filtered("/engine-rest/task/count", DRIVER_REFUSED);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    assertThat(response.getContentAsString()).contains("\"status\":503").contains("База данных сейчас недоступна");
  }

  @Test
  void aPoolThatTimedOutWhileTheDatabaseAnswersIsBusyNotAway() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(WATCHING_PRESENT::reachable);
    MockHttpServletResponse response = filtered("/api/cohorts/2026", POOL_TIMED_OUT);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS));
    assertThat(response.getContentAsString()).contains("перегружена запросами").doesNotContain("База данных");
  }

  @Test
  void aPoolThatTimedOutWhileTheWatchSeesTheDatabaseAwayIsTheDatabaseAway() {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !WATCHING_ABSENT.reachable());

    assertThat(DatabaseUnavailable.answer(POOL_TIMED_OUT, WATCHING_ABSENT)).get()
        .returns(DatabaseUnavailable.MESSAGE, DatabaseUnavailable.Answer::message)
        .returns(DatabaseUnavailable.RETRY_AFTER_SECONDS, DatabaseUnavailable.Answer::retryAfterSeconds);
  }

  @Test
  void aRefusedConnectionOfTheDriverIsTheDatabaseAwayWhateverTheWatchSaysAndADuplicateKeyIsNoCase() {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(WATCHING_PRESENT::reachable);
    RuntimeException poolTimedOutAfterRefusals = new CannotCreateTransactionException("Could not open JDBC Connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms",
            "08001", new SQLException("Connection refused", "08001")));

    assertThat(DatabaseUnavailable.answer(DRIVER_REFUSED, WATCHING_PRESENT)).get()
        .returns(DatabaseUnavailable.MESSAGE, DatabaseUnavailable.Answer::message);
    assertThat(DatabaseUnavailable.answer(poolTimedOutAfterRefusals, WATCHING_PRESENT)).get()
        .returns(DatabaseUnavailable.MESSAGE, DatabaseUnavailable.Answer::message);
    assertThat(DatabaseUnavailable.answer(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key", "23505")), WATCHING_PRESENT)).isEmpty();
  }

  @Test
  void anyOtherFailurePassesThroughUntouched() {
    FilterChain failing = (request, ignored) -> {
      throw new IllegalStateException("a bug");
    };

    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/cohorts/2026"),
        new MockHttpServletResponse(), failing)).hasMessage("a bug");
  }

  /**
   * Tasklist's engine calls go to its own REST application, which would answer 500; the engine REST
   * API's too; and a command that lost its connection half-way is told the same.
   */
  @ParameterizedTest
  @CsvSource({"away, no transaction, /camunda/api/engine/engine/default/task",
      "busy, no transaction, /engine-rest/task/1/claim", "away, connection lost, /camunda/api/engine/engine/default/task/1/claim"})
  void engineCallsAnswer503WhenTheyGetNoConnection(String database, String failure, String path) {
    boolean away = database.equals("away");
    DatabaseWatch watch = away ? WATCHING_ABSENT : WATCHING_PRESENT;
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> watch.reachable() != away);
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThatThrownBy(() -> commandFailing(watch, path, response,
        failure.equals("no transaction") ? POOL_TIMED_OUT : CONNECTION_LOST))
        .isInstanceOfSatisfying(RestException.class, refused -> {
          assertThat(refused.getStatus()).isEqualTo(Status.SERVICE_UNAVAILABLE);
          assertThat(refused.getMessage()).isEqualTo(away ? DatabaseUnavailable.MESSAGE : DatabaseUnavailable.BUSY_MESSAGE);
        });
    assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(
        away ? DatabaseUnavailable.RETRY_AFTER_SECONDS : DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS));
  }

  @Test
  void theApplicationsOwnCallsLeaveTheFailureToItsErrorHandler() {
    assertThatThrownBy(() -> commandFailing(WATCHING_PRESENT, "/api/cohorts/2026", new MockHttpServletResponse(),
        POOL_TIMED_OUT)).isSameAs(POOL_TIMED_OUT);
  }

  /** An engine command, called on this path, failing so. */
  private static Object commandFailing(DatabaseWatch watch, String path, MockHttpServletResponse response,
      RuntimeException failure) {
    SurfaceRefusedUserInput interceptor = new SurfaceRefusedUserInput(null, watch);
    interceptor.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw failure;
      }
    });
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest("GET", path), response));
    try {
      return interceptor.execute(context -> null);
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @Test
  void theApiAnswersBusyWhenThePoolTimedOutWhileTheDatabaseAnswers() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(WATCHING_PRESENT::reachable);

    ResponseEntity<ProblemDetail> response = new ApiErrorHandler(WATCHING_PRESENT)
        .unexpected(POOL_TIMED_OUT, new MockHttpServletRequest("GET", "/api/cohorts/2026"));

    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After"))
        .isEqualTo(String.valueOf(DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS));
    assertThat(response.getBody().getDetail()).isEqualTo(DatabaseUnavailable.BUSY_MESSAGE);
  }

  /** The filter's answer to a request whose handling failed so. */
  private MockHttpServletResponse filtered(String path, RuntimeException failure) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", path), response, (request, ignored) -> {
      throw failure;
    });
    return response;
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  private static DatabaseWatch watch(HikariDataSource dataSource) {
    try {
      return new DatabaseWatch(dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Filter filterWatching(DatabaseWatch watch) {
    return new DatabaseUnavailable().databaseUnavailableFilter(new ObjectMapper(), watch).getFilter();
  }
}
