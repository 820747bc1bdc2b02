package kz.edu.leaders.appeal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Appeals ({@code leaders.appeals.*}).
 *
 * @param window how long after a decision the candidate may appeal it (ISO 8601, default P10D)
 * @param decisionTime how long the appeals commission has to decide (the task's due date, default P14D)
 * @param makeUpSittingTime how long a candidate reinstated at screening once the test window had opened
 *     has to sit the test (whole days, default P30D; never closing before the window does)
 */
@Validated
@ConfigurationProperties("leaders.appeals")
public record AppealSettings(@NotNull @DefaultValue("P10D") Duration window,
    @NotNull @DefaultValue("P14D") Duration decisionTime,
    @NotNull @DefaultValue("P30D") Duration makeUpSittingTime) {

  @AssertTrue(message = "leaders.appeals.window must be a positive duration, such as P10D")
  public boolean isWindowPositive() {
    return window == null || (!window.isNegative() && !window.isZero());
  }

  @AssertTrue(message = "leaders.appeals.make-up-sitting-time must be at least one day, such as P30D")
  public boolean isMakeUpSittingTimeADay() {
    return makeUpSittingTime == null || makeUpSittingTime.toDays() >= 1;
  }

  @AssertTrue(message = "leaders.appeals.decision-time must be a positive duration, such as P14D")
  public boolean isDecisionTimePositive() {
    return decisionTime == null || (!decisionTime.isNegative() && !decisionTime.isZero());
  }
}
