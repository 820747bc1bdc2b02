package kz.edu.leaders.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link PersonalDataRetention#anonymiseDue} every night, on every node (it is safe to run twice). */
@Configuration
@EnableScheduling
class RetentionSchedule {
}
