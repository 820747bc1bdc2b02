package kz.edu.leaders.training;

import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.deployment.ModelFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The training's levels and how long each runs before its assessment ({@code ${trainingCalendar...}}). */
@Component("trainingCalendar")
public class TrainingCalendar {

  private final String levelPeriod;
  private final String meetingReminder;

  public TrainingCalendar(@Value("${leaders.training.level-period:P30D}") String levelPeriod,
      @Value("${leaders.training.meeting-reminder:P30D}") String meetingReminder) {
    this.levelPeriod = levelPeriod;
    this.meetingReminder = meetingReminder;
  }

  /** How often to check that mentor and trainee met, as a repeating ISO 8601 cycle (R/P30D). */
  @ModelFunction
  public String meetingReminderCycle() {
    return "R/" + meetingReminder;
  }

  /** The levels in order, as the multi-instance collection of the training process. */
  @ModelFunction
  public List<String> levels() {
    return Arrays.stream(TrainingLevel.values()).map(Enum::name).toList();
  }

  /** ISO 8601 duration of a level (default P30D), after which the trainer assesses it. */
  @ModelFunction
  public String levelPeriod(String level) {
    TrainingLevel.valueOf(level);
    return levelPeriod;
  }
}
