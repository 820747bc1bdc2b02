package kz.edu.leaders.privacy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept ({@code leaders.retention.*}; the defaults and what they mean are in
 * application.yml).
 *
 * @param personalData how long after a journey ended (and the last decision) a candidate's personal data is kept
 * @param schedule when the anonymisation runs (a Spring cron expression, Almaty time)
 */
@Validated
@ConfigurationProperties("leaders.retention")
public record RetentionSettings(@NotNull Period personalData, @NotBlank String schedule) {

  @AssertTrue(message = "leaders.retention.personal-data must be a positive period, such as P5Y")
  public boolean isPersonalDataPositive() {
    return personalData == null || !personalData.isNegative() && !personalData.isZero();
  }
}
