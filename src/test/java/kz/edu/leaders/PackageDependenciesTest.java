package kz.edu.leaders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, down this list: a package may use only the packages above it. A stage
 * knows the stages before it in the programme and the shared base, never one after it; reactions that
 * cross stages (a withdrawal, identity grants, error statuses) are registered by each stage instead.
 * A new package gets its line here: where it stands is a decision, not an accident.
 */
class PackageDependenciesTest {

  static final List<String> BOTTOM_UP = List.of(
      // the shared base: no process package
      "region", "rules", "deployment", "identity", "config",
      // the candidate journey's vocabulary, cohorts, the application: no stage
      "journey", "cohort", "application",
      // services every stage may use: the one school registry (internship and appointment), placing
      // candidates with a mentor or a host school from proposals (training and internship)
      "notification", "staff", "document", "school", "placement",
      // the stages, in programme order
      "screening", "testing", "training", "internship", "assessment", "interview", "reserve", "appointment",
      // contesting a stage's decision: reads the stages' records and moves the journey back
      "appeal",
      // reading across every stage
      "audit", "report", "fairness", "privacy", "demo");

  private static final String ROOT = "kz.edu.leaders";
  private static final Path SOURCES = Path.of("src/main/java/kz/edu/leaders");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  @Test
  void everyPackageHasItsPlaceInTheOrder() throws IOException {
    try (Stream<Path> children = Files.list(SOURCES)) {
      assertThat(children.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(BOTTOM_UP);
    }
  }

  /** In the compiled classes: calls, fields, types, annotations. */
  @Test
  void noClassUsesAPackageAboveItsOwn() {
    for (int i = 0; i < BOTTOM_UP.size() - 1; i++) {
      noClasses().that().resideInAPackage(ROOT + "." + BOTTOM_UP.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(above(i))
          .because(BOTTOM_UP.get(i) + " lies below " + BOTTOM_UP.subList(i + 1, BOTTOM_UP.size()))
          .check(CLASSES);
    }
  }

  /** In the sources too: the compiler copies constants (process keys, variable names) into the caller. */
  @Test
  void noSourceImportsAPackageAboveItsOwn() throws IOException {
    Pattern importLine = Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "\\.([a-z]+)\\.", Pattern.MULTILINE);
    List<String> upward = new ArrayList<>();
    for (int i = 0; i < BOTTOM_UP.size(); i++) {
      List<String> allowed = BOTTOM_UP.subList(0, i + 1);
      try (Stream<Path> files = Files.walk(SOURCES.resolve(BOTTOM_UP.get(i)))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher imported = importLine.matcher(Files.readString(file));
          while (imported.find()) {
            if (!allowed.contains(imported.group(1))) {
              upward.add(SOURCES.relativize(file) + " imports " + imported.group(1));
            }
          }
        }
      }
    }
    assertThat(upward).as("imports of a package above the importer's own").isEmpty();
  }

  @Test
  void noPackagesDependOnEachOtherInACircle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  private static String[] above(int index) {
    return BOTTOM_UP.subList(index + 1, BOTTOM_UP.size()).stream().map(p -> ROOT + "." + p + "..")
        .toArray(String[]::new);
  }
}
