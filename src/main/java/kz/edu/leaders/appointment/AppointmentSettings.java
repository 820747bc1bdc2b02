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
 */
@Validated
@ConfigurationProperties("leaders.appointment")
public record AppointmentSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D") Duration answerDeadline) {
}
