package kz.edu.leaders.interview;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormScore;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A member's scoring form, read once: by that member only, each competency a whole number from 1 to 5. */
public record MemberScores(String member, Map<Competency, Integer> scores) {

  static MemberScores from(DelegateTask task) {
    String member = FinalInterview.MEMBER.from(task);
    if (task.getAssignee() == null || !task.getAssignee().equals(member)) {
      throw new FieldRefused(Competency.values()[0].field(), "Бұл бағалау парағын тек " + member
          + " өз атынан толтырады / Этот лист оценки заполняет только " + member + " от своего имени");
    }
    Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      scores.put(competency, FormScore.between(task.getVariable(competency.field()), 1, 5, competency.field()));
    }
    return new MemberScores(member, Collections.unmodifiableMap(scores));
  }
}
