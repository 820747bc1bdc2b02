package kz.edu.leaders.reserve;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The personnel reserve's settings ({@code leaders.reserve.*}).
 *
 * @param term how long a place in the reserve lasts without an appointment (an ISO 8601 period, P3Y)
 */
@Validated
@ConfigurationProperties("leaders.reserve")
public record ReserveSettings(@NotNull @DefaultValue("P3Y") Period term) {

  @AssertTrue(message = "leaders.reserve.term must be a period after the enrolment, such as P3Y")
  public boolean isTermAhead() {
    return term == null || (!term.isNegative() && !term.isZero());
  }
}
