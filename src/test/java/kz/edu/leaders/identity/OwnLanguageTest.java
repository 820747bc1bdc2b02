package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class OwnLanguageTest {

  @Test
  void theFirstLanguageChoosesTheHalfWhenItIsKazakhOrRussian() {
    assertThat(OwnLanguage.of(asking("kk-KZ,ru;q=0.8"))).contains("kk");
    assertThat(OwnLanguage.of(asking("ru,kk;q=0.8"))).contains("ru");
    assertThat(OwnLanguage.of(asking("en-GB,kk;q=0.5"))).isEmpty();
    assertThat(OwnLanguage.of(new MockHttpServletRequest())).isEmpty();
    assertThat(OwnLanguage.of(null)).isEmpty();
  }

  @Test
  void onlyAPairIsSplit() {
    String pair = "Файл бос / Файл пуст";
    assertThat(OwnLanguage.half(pair, Optional.of("kk"))).isEqualTo("Файл бос");
    assertThat(OwnLanguage.half(pair, Optional.of("ru"))).isEqualTo("Файл пуст");
    assertThat(OwnLanguage.half(pair, Optional.empty())).isEqualTo(pair);
    assertThat(OwnLanguage.half("A / B / C", Optional.of("kk"))).isEqualTo("A / B / C");
    assertThat(OwnLanguage.half("multipart/form-data", Optional.of("ru"))).isEqualTo("multipart/form-data");
  }

  private static MockHttpServletRequest asking(String languages) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", languages);
    return request;
  }
}
