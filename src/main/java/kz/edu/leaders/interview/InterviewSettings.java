package kz.edu.leaders.interview;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The final interview's settings ({@code leaders.interview.*}): how long each of its tasks may take
 * before Tasklist shows it overdue.
 *
 * @param schedulingTime how long the training coordinators have to schedule the interview and name the commission
 * @param scoringTime how long each commission member has to score the interview
 * @param confirmationTime how long the commission chair has to confirm the outcome
 */
@Validated
@ConfigurationProperties("leaders.interview")
public record InterviewSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D") Duration schedulingTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P2D") Duration scoringTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P3D") Duration confirmationTime) {
}
