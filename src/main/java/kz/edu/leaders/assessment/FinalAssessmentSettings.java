package kz.edu.leaders.assessment;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The final assessment's settings ({@code leaders.final-assessment.*}).
 *
 * @param reportDeadline how long the candidate has to send the reflective report; past it they are withdrawn
 */
@Validated
@ConfigurationProperties("leaders.final-assessment")
public record FinalAssessmentSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration reportDeadline) {
}
