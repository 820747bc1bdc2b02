package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the database is away a caller is told to come back (503, Retry-After), wherever the failure
 * to get a connection surfaces; any other failure keeps its usual answer. The whole path, with
 * PostgreSQL really stopped, is the fault suite's (simulation/FaultSuite).
 */
class DatabaseUnavailableTest {

  private static final RuntimeException POOL_TIMED_OUT = new CannotCreateTransactionException(
      "Could not open JDBC Connection for transaction",
      new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms."));

  private final Filter filter = new DatabaseUnavailable().databaseUnavailableFilter(new ObjectMapper()).getFilter();

  @Test
  void aSignInOrSessionThatCannotReachTheDatabaseIsAnswered503WithRetryAfter() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain failing = (request, ignored) -> {
      throw POOL_TIMED_OUT;
    };

    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task/count"), response, failing);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    assertThat(response.getContentAsString()).contains("\"status\":503").contains("database is not reachable");
  }

  @Test
  void aRefusedConnectionOfTheDriverIsTheSameCase() {
    assertThat(DatabaseUnavailable.causes(new IllegalStateException(new SQLException("Connection refused", "08001"))))
        .isTrue();
    assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key", "23505")))).isFalse();
  }

  @Test
  void anyOtherFailurePassesThroughUntouched() {
    FilterChain failing = (request, ignored) -> {
      throw new IllegalStateException("a bug");
    };

    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/cohorts/2026"),
        new MockHttpServletResponse(), failing)).hasMessage("a bug");
  }

  @Test
  void theEngineRestApiAnswers503WhenNoTransactionCouldBegin() {
    Response response = new DatabaseUnavailable.NoTransaction().toResponse(
        (CannotCreateTransactionException) POOL_TIMED_OUT);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
  }
}
