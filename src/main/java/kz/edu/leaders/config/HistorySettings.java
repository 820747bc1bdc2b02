package kz.edu.leaders.config;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long history is kept ({@code leaders.history.*}).
 *
 * @param retentionDays how long every process's history is kept (the auditors' trail), in days: five years
 */
@Validated
@ConfigurationProperties("leaders.history")
public record HistorySettings(@Positive @DefaultValue("1825") int retentionDays) {
}
