package kz.edu.leaders.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The login throttle's limits ({@code leaders.login.*}); the defaults and what each means are in
 * application.yml.
 */
@ConfigurationProperties("leaders.login")
public record LoginLimits(
    Duration window,
    int failuresPerAddress,
    int failuresPerAccountFromAddress,
    int failuresPerAccount,
    Duration accountSlowDown,
    List<String> serviceGroups,
    int rememberedCounters) {
}
