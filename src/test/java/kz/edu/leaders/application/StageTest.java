package kz.edu.leaders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import kz.edu.leaders.journey.WithdrawalReason;
import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void aResultNamingAnotherStagesOutcomeIsRefusedBeforeItIsStored() {
    assertThatThrownBy(() -> new StageResult(1L, Stage.TEST, Outcome.ADMITTED, null, "system", Instant.now()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEST records no outcome ADMITTED");
    assertThat(new StageResult(1L, Stage.TEST, Outcome.PASSED, null, "system", Instant.now()).getOutcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void everyOutcomeBelongsToAStageAndIsReadBackAsStored() {
    Outcome.Column column = new Outcome.Column();
    for (Outcome outcome : Outcome.values()) {
      assertThat(Arrays.stream(Stage.values()).filter(stage -> stage.records(outcome))).as(outcome.name()).isNotEmpty();
      assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(outcome))).isEqualTo(outcome);
    }
    // the column keeps what it always held: a correction under the field's name
    assertThat(column.convertToDatabaseColumn(Outcome.CORRECTED_IIN)).isEqualTo("iin");
    assertThat(column.convertToDatabaseColumn(Outcome.ADMIT_OVERRIDE)).isEqualTo("ADMIT_OVERRIDE");
  }

  @Test
  void everyWithdrawalReasonIsAWithdrawalOutcomeOfTheSameName() {
    for (WithdrawalReason reason : WithdrawalReason.values()) {
      assertThat(Stage.WITHDRAWAL.records(Outcome.withdrawn(reason))).isTrue();
      assertThat(Outcome.withdrawn(reason).stored()).isEqualTo(reason.name());
    }
  }
}
