package kz.edu.leaders.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist's Kazakh and Russian translations keep up with the Camunda webapp they translate: every key
 * of the webjar's en.json (labels and date locale) is in kk.json and ru.json, with the same
 * {{placeholders}}, so a Camunda upgrade that adds keys fails here, not in front of a reviewer.
 */
class TasklistLocalesTest {

  private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru"})
  void everyKeyOfTheWebjarsEnglishIsTranslated(String language) throws IOException {
    JsonNode english = json.readTree(webjar("locales/en.json"));
    JsonNode translation = json.readTree(ours("locales/" + language + ".json"));

    assertThat(fieldNames(translation.get("dateLocales"))).containsAll(fieldNames(english.get("dateLocales")));
    Set<String> missing = new TreeSet<>(fieldNames(english.get("labels")));
    missing.removeAll(fieldNames(translation.get("labels")));
    assertThat(missing).as("keys of the webjar's en.json missing from %s.json", language).isEmpty();

    english.get("labels").fields().forEachRemaining(label -> assertThat(
        placeholders(translation.get("labels").get(label.getKey()).asText()))
        .as("%s in %s.json", label.getKey(), language)
        .isEqualTo(placeholders(label.getValue().asText())));
  }

  @Test
  void configListsKazakhRussianAndEnglishWithEnglishTheFallback() throws IOException {
    String config = new String(ours("scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);

    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
    assertThat(available.find()).isTrue();
    assertThat(available.group(1).replaceAll("[\\s']", "").split(",")).containsExactly("kk", "ru", "en");
    assertThat(config).containsPattern("fallbackLocale:\\s*'en'");
    assertThat(config).contains("customScripts: ['scripts/leaders/leaders']");
    assertThat(getClass().getClassLoader().getResource(TASKLIST + "scripts/leaders/leaders.js")).isNotNull();
  }

  /** The webjar's own file (the application overrides config.js, the styles and adds locales, not en.json). */
  private InputStream webjar(String path) throws IOException {
    for (URL url : Collections.list(getClass().getClassLoader().getResources(TASKLIST + path))) {
      if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
        return url.openStream();
      }
    }
    throw new IllegalStateException("no " + path + " in the Camunda webapp webjar");
  }

  /** The application's file, which Spring serves in place of the webjar's. */
  private InputStream ours(String path) throws IOException {
    for (URL url : Collections.list(getClass().getClassLoader().getResources(TASKLIST + path))) {
      if (url.getProtocol().equals("file")) {
        return url.openStream();
      }
    }
    throw new IllegalStateException("no " + path + " in src/main/resources");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    Collections.sort(names);
    return names;
  }
}
