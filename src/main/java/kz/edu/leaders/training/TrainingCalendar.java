package kz.edu.leaders.training;

import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.deployment.TimerText;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.DueDate;
import org.springframework.stereotype.Component;

/**
 * The training's levels, how long each runs before its assessment and when its tasks are due
 * ({@code ${trainingCalendar...}}).
 */
@Component("trainingCalendar")
public class TrainingCalendar {

  private final TrainingSettings settings;
  private final StageResultRepository results;
  private final Clock clock;

  public TrainingCalendar(TrainingSettings settings, StageResultRepository results, Clock clock) {
    this.settings = settings;
    this.results = results;
    this.clock = clock;
  }

  /** The mentor assignment's due date: now plus leaders.training.mentor-assignment-time. */
  @ModelFunction
  public Date mentorAssignmentDue() {
    return DueDate.in(settings.mentorAssignmentTime(), clock);
  }

  /** A level assessment's due date: now plus leaders.training.level-assessment-time. */
  @ModelFunction
  public Date levelAssessmentDue() {
    return DueDate.in(settings.levelAssessmentTime(), clock);
  }

  /** How often to check that mentor and trainee met, as a repeating ISO 8601 cycle (R/P30D). */
  @ModelFunction
  public String meetingReminderCycle() {
    return "R/" + TimerText.of(settings.meetingReminder());
  }

  /** The levels in order, as the multi-instance collection of the training process. */
  @ModelFunction
  public List<String> levels() {
    return Arrays.stream(TrainingLevel.values()).map(Enum::name).toList();
  }

  /**
   * The levels this candidate trains in, in order: all three, or after an appeal overturned a failed
   * level (its result revised to passed), the levels after that one. The engine reads this list again
   * at each level, so it depends only on revisions, which are never made while training runs.
   */
  @ModelFunction
  public List<String> levelsToDo(Object applicationId) {
    long id = CandidateJourney.APPLICATION_ID.valueOf(applicationId);
    TrainingLevel[] levels = TrainingLevel.values();
    int revisedUpTo = -1;
    for (int i = 0; i < levels.length; i++) {
      if (results.existsByApplicationIdAndStageAndRevisesIdNotNull(id, levels[i].stage())) {
        revisedUpTo = i;
      }
    }
    return Arrays.stream(levels).skip(revisedUpTo + 1L).map(Enum::name).toList();
  }

  /** ISO 8601 duration of a level (default P30D), after which the trainer assesses it. */
  @ModelFunction
  public String levelPeriod(String level) {
    TrainingLevel.valueOf(level);
    return TimerText.of(settings.levelPeriod());
  }
}
