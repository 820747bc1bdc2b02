package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.audit.Chapter;
import kz.edu.leaders.fairness.FairnessStage;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.Region;
import org.junit.jupiter.api.Test;

/**
 * docs/GLOSSARY.md is the one list of the words people read for stages, roles and regions: the code
 * takes them from Stage, Role and Region, which must say what the glossary says; the pages, the
 * diagrams, the forms and the mails must not fall back on a word the glossary sets aside.
 */
class GlossaryTest {

  private static final Path GLOSSARY = Path.of("docs/GLOSSARY.md");

  /** Kazakh and Russian, the glossary's second and third columns. */
  record Words(String kk, String ru) {
    String bilingual() {
      return kk.equals(ru) ? kk : kk + " / " + ru;
    }
  }

  @Test
  void everyStageIsNamedAsTheGlossaryNamesIt() throws IOException {
    assertThat(codeWords(Stage.values(), Stage::name, stage -> new Words(stage.nameIn("kk"), stage.nameIn("ru"))))
        .isEqualTo(table("Stages"));
  }

  @Test
  void everyRoleIsNamedAsTheGlossaryNamesIt() throws IOException {
    assertThat(codeWords(Role.values(), Role::groupId, role -> new Words(role.nameIn("kk"), role.nameIn("ru"))))
        .isEqualTo(table("Roles"));
    // Tasklist shows a regional task's group by this name
    assertThat(Role.DOCUMENT_REVIEWERS.groupName(Region.TURKISTAN)).isEqualTo(
        "Құжаттарды тексерушілер · Түркістан облысы / Проверяющие документы · Туркестанская область");
  }

  @Test
  void everyRegionIsNamedAsTheGlossaryNamesIt() throws IOException {
    assertThat(codeWords(Region.values(), Region::code, region -> new Words(region.nameIn("kk"), region.nameIn("ru"))))
        .isEqualTo(table("Regions"));
  }

  /** The auditor's trail and the fairness page name the stages with the glossary's words. */
  @Test
  void theTrailAndTheFairnessPageNameStagesWithTheGlossarysWords() throws IOException {
    List<String> stageNames = table("Stages").values().stream().map(Words::bilingual).toList();
    String application = table("Other words").get("application").bilingual();
    assertThat(Arrays.stream(Chapter.values()).map(Chapter::title))
        .allSatisfy(title -> assertThat(title.toLowerCase(Locale.ROOT)).isIn(
            Stream.concat(stageNames.stream(), Stream.of(application)).map(w -> w.toLowerCase(Locale.ROOT)).toList()));
    assertThat(Arrays.stream(FairnessStage.values()).map(FairnessStage::label)).allSatisfy(label ->
        assertThat(label).isIn(stageNames));
  }

  /** The diagrams of the four stages run as processes of their own bear the stage's name. */
  @Test
  void theStagesProcessesBearTheStagesNames() throws IOException {
    Map<String, Words> stages = table("Stages");
    Map<String, String> processes = Map.of("training", "TRAINING", "internship", "INTERNSHIP",
        "final-assessment", "FINAL_ASSESSMENT", "final-interview", "INTERVIEW");
    String journey = Files.readString(Path.of("processes/candidate-journey.bpmn"));
    processes.forEach((process, stage) -> {
      String expected = stages.get(stage).bilingual();
      assertThat(attribute(read("processes/" + process + ".bpmn"), "<bpmn:process id=\"" + process + "\"", "name"))
          .as("the name of processes/%s.bpmn", process).isEqualTo(expected);
      assertThat(attribute(journey, "calledElement=\"" + process + "\"", "name"))
          .as("the call activity of %s in candidate-journey.bpmn", process).isEqualTo(expected);
    });
  }

  /** What people read (forms, mails, pages, diagram names, the application's texts) avoids the words set aside. */
  @Test
  void noFormMailPageOrDiagramUsesAWordTheGlossarySetsAside() throws IOException {
    List<String> avoided = rows("Other words", 1).stream().map(row -> row.get(0)).toList();
    assertThat(avoided).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("forms"), Path.of("processes"), Path.of("src/main/resources"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).filter(GlossaryTest::readByPeople).toList()) {
          String text = Files.readString(file).toLowerCase(Locale.ROOT);
          avoided.stream().filter(word -> text.contains(word.toLowerCase(Locale.ROOT)))
              .forEach(word -> found.add(file + ": «" + word + "»"));
        }
      }
    }
    assertThat(found).as("words docs/GLOSSARY.md sets aside").isEmpty();
  }

  /** Not Camunda's own translations (their words are listed in README's Languages) nor binary files. */
  private static boolean readByPeople(Path file) {
    String name = file.toString();
    return !name.contains("/locales/") && Stream.of(".form", ".bpmn", ".dmn", ".mustache", ".html", ".java", ".json", ".js")
        .anyMatch(name::endsWith);
  }

  private static <T> Map<String, Words> codeWords(T[] values, Function<T, String> key, Function<T, Words> words) {
    return Arrays.stream(values).collect(Collectors.toMap(key, words, (a, b) -> a, LinkedHashMap::new));
  }

  /** A table of the glossary's section {@code heading}: key, Kazakh, Russian (English left out). */
  private static Map<String, Words> table(String heading) throws IOException {
    return rows(heading, 0).stream().collect(Collectors.toMap(row -> row.get(0), row -> new Words(row.get(1), row.get(2)),
        (a, b) -> a, LinkedHashMap::new));
  }

  /** The rows of the {@code index}th table under the heading, each cell trimmed. */
  private static List<List<String>> rows(String heading, int index) throws IOException {
    String section = Files.readString(GLOSSARY).split("\n## " + Pattern.quote(heading) + "\n", 2)[1].split("\n## ", 2)[0];
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> current = null;
    for (String line : section.lines().toList()) {
      if (!line.startsWith("|")) {
        current = null;
        continue;
      }
      if (current == null) {
        current = new ArrayList<>();
        tables.add(current);
        continue; // the header
      }
      if (!line.startsWith("|---")) {
        current.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList());
      }
    }
    return tables.get(index);
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new IllegalStateException(file, e);
    }
  }

  /** The attribute of the first element whose opening tag contains {@code marker}. */
  private static String attribute(String xml, String marker, String attribute) {
    int at = xml.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    String tag = xml.substring(xml.lastIndexOf('<', at), xml.indexOf('>', at));
    Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tag);
    assertThat(value.find()).as(attribute + " of " + marker).isTrue();
    return value.group(1);
  }
}
