package kz.edu.leaders.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The login throttle's limits ({@code leaders.login.*}); the defaults and what each means are in
 * application.yml.
 */
@Validated
@ConfigurationProperties("leaders.login")
public record LoginLimits(
    @NotNull @DurationMin(seconds = 1) Duration window,
    @Positive int failuresPerAddress,
    @Positive int failuresPerAccountFromAddress,
    @Positive int failuresPerAccount,
    @NotNull @DurationMin(millis = 0) Duration accountSlowDown,
    @NotNull List<String> serviceGroups,
    @Positive int rememberedCounters) {
}
