package kz.edu.leaders.training;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The training's settings ({@code leaders.training.*}).
 *
 * @param levelPeriod how long each training level runs before the trainer's assessment (PT2M for a quick demo)
 * @param meetingReminder how often to check that each mentor met their trainee
 */
@Validated
@ConfigurationProperties("leaders.training")
public record TrainingSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration levelPeriod,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration meetingReminder) {
}
