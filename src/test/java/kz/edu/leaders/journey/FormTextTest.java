package kz.edu.leaders.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.edu.leaders.config.FieldRefused;
import org.junit.jupiter.api.Test;

class FormTextTest {

  @Test
  void theTextIsKeptWithoutTheSpaceAroundIt() {
    assertThat(FormText.between("  Приказ № 12 \n", 1, 64, "orderNumber", "Бұйрық нөмірін жазыңыз / Укажите номер приказа")).isEqualTo("Приказ № 12");
    assertThat(FormText.of(null)).isEmpty();
  }

  @Test
  void tooShortOrTooLongIsRefusedAtTheFieldWithTheFormsOwnMessageAndTheLengthInEachLanguage() {
    assertThatThrownBy(() -> FormText.between("   ", 1, 64, "orderNumber", "Бұйрық нөмірін жазыңыз / Укажите номер приказа"))
        .isInstanceOfSatisfying(FieldRefused.class, refused -> {
          assertThat(refused.field()).isEqualTo("orderNumber");
          assertThat(refused.getMessage())
              .isEqualTo("Бұйрық нөмірін жазыңыз (1–64 таңба) / Укажите номер приказа (1–64 символов)");
        });
    assertThatThrownBy(() -> FormText.between("x".repeat(65), 1, 64, "orderNumber", "Бұйрық нөмірін жазыңыз / Укажите номер приказа"))
        .isInstanceOf(FieldRefused.class);
  }

  @Test
  void aCommentTooLongSaysTheMostInEachLanguage() {
    assertThatThrownBy(() -> FormText.comment("x".repeat(1901), "reviewComment"))
        .hasMessage("Түсініктеме тым ұзын (ең көбі 1900 таңба) / Комментарий слишком длинный (не более 1900 символов)");
  }
}
