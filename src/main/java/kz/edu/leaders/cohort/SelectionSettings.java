package kz.edu.leaders.cohort;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cohort selection's settings ({@code leaders.selection.*}).
 *
 * @param rankingConfirmationTime how long the training coordinators have to confirm the proposed ranking (the task's due date)
 */
@Validated
@ConfigurationProperties("leaders.selection")
public record SelectionSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P3D") Duration rankingConfirmationTime) {
}
