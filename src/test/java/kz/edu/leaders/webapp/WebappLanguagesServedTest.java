package kz.edu.leaders.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The browser gets the application's language files in place of the webjar's: each webapp's config
 * with Kazakh and Russian, their translations, and the shared language switch next to the webapps.
 */
@IntegrationTest
class WebappLanguagesServedTest {

  @Autowired
  TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappGetsOurConfigAndTranslations(String app) {
    assertThat(get("/camunda/app/" + app + "/scripts/config.js").getBody())
        .contains("webappConfig(").contains("'../../leaders/language.js'");
    assertThat(get("/camunda/app/" + app + "/locales/kk.json").getBody()).contains("Жою");
    assertThat(get("/camunda/app/" + app + "/locales/ru.json").getBody()).contains("Удалить");
  }

  @Test
  void theSharedLanguageSwitchIsServedAsAScript() {
    ResponseEntity<String> script = get("/camunda/app/leaders/language.js");

    assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(script.getBody()).contains("export function webappConfig").contains("availableLocales: ['kk', 'ru', 'en']");
    assertThat(get("/camunda/app/leaders/language.css").getHeaders().getContentType())
        .isEqualTo(MediaType.valueOf("text/css"));
  }

  private ResponseEntity<String> get(String path) {
    ResponseEntity<String> response = http.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response;
  }
}
