package kz.edu.leaders.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.edu.leaders.config.FieldRefused;
import org.junit.jupiter.api.Test;

class FormScoreTest {

  @Test
  void aScoreBeyondAnIntIsRefusedNotWrappedIntoTheScale() {
    // 4294967371 wraps to 75 as an int
    assertThatThrownBy(() -> FormScore.between(4294967371L, 0, 100, "reviewScore"))
        .isInstanceOf(FieldRefused.class)
        .hasMessage("0–100 аралығындағы бүтін сан енгізіңіз / Введите целое число от 0 до 100");
  }

  @Test
  void aWholeNumberWithinTheScaleIsTaken() {
    assertThat(FormScore.between(75L, 0, 100, "reviewScore")).isEqualTo(75);
    assertThatThrownBy(() -> FormScore.between(75.5, 0, 100, "reviewScore"))
        .isInstanceOf(FieldRefused.class);
  }
}
