package kz.edu.leaders.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The appointment's settings ({@code leaders.appointment.*}).
 *
 * @param answerDeadline how long a reservist has to accept or decline an offered post
 * @param choiceTime how long the regional HR officers have to offer the vacancy to a reservist (the task's due date)
 * @param orderTime how long the regional HR officers have to record the appointment order (the task's due date)
 */
@Validated
@ConfigurationProperties("leaders.appointment")
public record AppointmentSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D") Duration answerDeadline,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P5D") Duration choiceTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P10D") Duration orderTime) {
}
