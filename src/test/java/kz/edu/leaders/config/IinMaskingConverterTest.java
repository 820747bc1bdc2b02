package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IinMaskingConverterTest {

  @Test
  void masksEveryTwelveDigitNumberInALogMessage() {
    assertThat(IinMaskingConverter.mask("candidate 871008401427 and 760212350620 applied"))
        .isEqualTo("candidate 8710******27 and 7602******20 applied");
  }

  @Test
  void leavesOtherNumbersAlone() {
    assertThat(IinMaskingConverter.mask("application 2026-TUR-00042, 8 retries, id 12345678901234"))
        .isEqualTo("application 2026-TUR-00042, 8 retries, id 12345678901234");
  }
}
