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
 * @param mentorAssignmentTime how long the training coordinators have to assign a mentor (the task's due date)
 * @param levelAssessmentTime how long the trainer has to score a level's assessment (the task's due date)
 */
@Validated
@ConfigurationProperties("leaders.training")
public record TrainingSettings(
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration levelPeriod,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P30D") Duration meetingReminder,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P5D") Duration mentorAssignmentTime,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D") Duration levelAssessmentTime) {
}
