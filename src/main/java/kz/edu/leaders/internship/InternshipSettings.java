package kz.edu.leaders.internship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The internship's settings ({@code leaders.internship.*}).
 *
 * @param stepDeadline how long the candidate's report, the host school's evaluation and the mentor's
 *     sign-off may each take before the training coordinators are told
 * @param minimumMentorMeetings the mentor signs the internship off only after this many logged meetings
 * @param placementTime how long the training coordinators have to place an intern at a host school (the task's due date)
 */
@Validated
@ConfigurationProperties("leaders.internship")
public record InternshipSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P14D") Duration stepDeadline,
    @PositiveOrZero @DefaultValue("6") int minimumMentorMeetings,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P5D") Duration placementTime) {
}
