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
 * @param expertReviewTime how long each of the two expert reviewers has (the task's due date)
 * @param arbitrationTime how long the arbitration reviewer has (the task's due date)
 * @param externalReviewTime how long the external reviewer has (the task's due date)
 */
@Validated
@ConfigurationProperties("leaders.final-assessment")
public record FinalAssessmentSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration reportDeadline,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P10D") Duration expertReviewTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D") Duration arbitrationTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P10D") Duration externalReviewTime) {
}
