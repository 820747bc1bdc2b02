package kz.edu.leaders.training;

import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.deployment.ModelFunction;
import kz.edu.leaders.deployment.TimerText;
import org.springframework.stereotype.Component;

/** The training's levels and how long each runs before its assessment ({@code ${trainingCalendar...}}). */
@Component("trainingCalendar")
public class TrainingCalendar {

  private final TrainingSettings settings;

  public TrainingCalendar(TrainingSettings settings) {
    this.settings = settings;
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

  /** ISO 8601 duration of a level (default P30D), after which the trainer assesses it. */
  @ModelFunction
  public String levelPeriod(String level) {
    TrainingLevel.valueOf(level);
    return TimerText.of(settings.levelPeriod());
  }
}
