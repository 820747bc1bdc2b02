package kz.edu.leaders.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.application.Outcome;
import org.junit.jupiter.api.Test;

class FairnessStageTest {

  /** A pass or a fail the stage never records would leave its candidates out of the figures. */
  @Test
  void everyStageDecidesByOutcomesItsRecordedStageRecords() {
    for (FairnessStage stage : FairnessStage.values()) {
      for (Outcome outcome : Outcome.values()) {
        if (stage.decides(outcome)) {
          assertThat(stage.recordedStage().records(outcome)).as(stage + " " + outcome).isTrue();
        }
      }
      assertThat(stage.recordedStage().outcomes()).as(stage.name()).anyMatch(stage::passes)
          .anyMatch(outcome -> stage.decides(outcome) && !stage.passes(outcome));
    }
  }
}
