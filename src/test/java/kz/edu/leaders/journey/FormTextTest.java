package kz.edu.leaders.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.edu.leaders.config.FieldRefused;
import org.junit.jupiter.api.Test;

class FormTextTest {

  @Test
  void theTextIsKeptWithoutTheSpaceAroundIt() {
    assertThat(FormText.between("  Приказ № 12 \n", 1, 64, "orderNumber", "orderNumber: 1 to 64")).isEqualTo("Приказ № 12");
    assertThat(FormText.of(null)).isEmpty();
  }

  @Test
  void tooShortOrTooLongIsRefusedAtTheFieldWithTheFormsOwnMessage() {
    assertThatThrownBy(() -> FormText.between("   ", 1, 64, "orderNumber", "orderNumber: 1 to 64"))
        .isInstanceOfSatisfying(FieldRefused.class, refused -> {
          assertThat(refused.field()).isEqualTo("orderNumber");
          assertThat(refused.getMessage()).isEqualTo("orderNumber: 1 to 64");
        });
    assertThatThrownBy(() -> FormText.between("x".repeat(65), 1, 64, "orderNumber", "orderNumber: 1 to 64"))
        .isInstanceOf(FieldRefused.class);
  }
}
