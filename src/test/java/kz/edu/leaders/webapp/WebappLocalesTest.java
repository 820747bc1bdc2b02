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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kazakh and Russian translations of the Camunda webapps keep up with the webapps they translate:
 * every key of each webapp's en.json in the webjar (labels and date locale) is in its kk.json and
 * ru.json, with the same {{placeholders}}, so a Camunda upgrade that adds keys fails here, naming the
 * webapp and the key, not in front of a reviewer or an auditor.
 */
class WebappLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> LOCALISED = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  private final ObjectMapper json = new ObjectMapper();

  static List<String> localised() {
    return LOCALISED;
  }

  static Stream<Arguments> translations() {
    return LOCALISED.stream().flatMap(app -> Stream.of("kk", "ru").map(language -> Arguments.of(app, language)));
  }

  @ParameterizedTest(name = "{0}/locales/{1}.json")
  @MethodSource("translations")
  void everyKeyOfTheWebjarsEnglishIsTranslated(String app, String language) throws IOException {
    String file = app + "/locales/" + language + ".json";
    JsonNode english = json.readTree(webjar(app + "/locales/en.json"));
    JsonNode translation = json.readTree(ours(file));

    if (english.has("dateLocales")) {
      assertThat(fieldNames(translation.get("dateLocales"))).as("dateLocales of %s", file)
          .containsAll(fieldNames(english.get("dateLocales")));
    }
    Set<String> missing = new TreeSet<>(fieldNames(english.get("labels")));
    missing.removeAll(fieldNames(translation.get("labels")));
    assertThat(missing).as("keys of the webjar's %s/locales/en.json missing from %s", app, file).isEmpty();

    english.get("labels").fields().forEachRemaining(label -> assertThat(
        placeholders(translation.get("labels").get(label.getKey()).asText()))
        .as("placeholders of %s in %s", label.getKey(), file)
        .isEqualTo(placeholders(label.getValue().asText())));
  }

  @ParameterizedTest
  @MethodSource("localised")
  void eachWebappTakesTheSharedLanguages(String app) throws IOException {
    // imported before the webapp starts, so the switch's choice is in place when it picks its language
    assertThat(text(app + "/scripts/config.js"))
        .containsPattern("import \\{[^}]*webappConfig[^}]*} from '\\.\\./\\.\\./leaders/language\\.js';")
        .contains("webappConfig(");
  }

  @Test
  void theSharedConfigListsKazakhRussianAndEnglishWithEnglishTheFallback() throws IOException {
    String language = text("leaders/language.js");

    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(language);
    assertThat(available.find()).isTrue();
    assertThat(available.group(1).replaceAll("[\\s']", "").split(",")).containsExactly("kk", "ru", "en");
    assertThat(language).containsPattern("fallbackLocale:\\s*'en'").contains("leaders-language-switch");
    assertThat(text("leaders/language.css")).contains(".leaders-language-switch");
    assertThat(language).contains("customScripts: ['../leaders/header', ...customScripts]");
    assertThat(text("tasklist/scripts/config.js")).contains("webappConfig(say('Тапсырмалар', 'Задачи', 'Tasklist'), 'scripts/leaders/leaders')");
    assertThat(text("tasklist/scripts/leaders/leaders.js")).contains("from '../../../leaders/language.js'");
  }

  /**
   * Camunda's shared header prints its menu button's text without translating it (the raw key
   * CAM_WIDGET_HEADER_TOGGLE_NAVIGATION); header.js adds the filter. When a Camunda upgrade fixes the
   * template, this fails: header.js can go.
   */
  @Test
  void theHeadersMenuButtonIsTranslatedWhereCamundaForgot() throws IOException {
    String cockpit = new String(webjar("cockpit/camunda-cockpit-bootstrap.js").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(cockpit).contains("{{ toggleNavigation }}").doesNotContain("{{ toggleNavigation | translate }}");
    assertThat(text("leaders/header.js")).contains(".replace('{{ toggleNavigation }}', '{{ toggleNavigation | translate }}')");
  }

  /** The webjar's own file (the application overrides config.js and the styles and adds locales, not en.json). */
  private InputStream webjar(String path) throws IOException {
    for (URL url : Collections.list(getClass().getClassLoader().getResources(APPS + path))) {
      if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
        return url.openStream();
      }
    }
    throw new IllegalStateException("no " + path + " in the Camunda webapp webjar");
  }

  /** The application's file, which Spring serves in place of the webjar's. */
  private InputStream ours(String path) throws IOException {
    for (URL url : Collections.list(getClass().getClassLoader().getResources(APPS + path))) {
      if (url.getProtocol().equals("file")) {
        return url.openStream();
      }
    }
    throw new IllegalStateException("no " + path + " in src/main/resources");
  }

  private String text(String path) throws IOException {
    try (InputStream in = ours(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
