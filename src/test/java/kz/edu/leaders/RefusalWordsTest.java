package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A refusal is read by a person, in Tasklist or through the portal, in Kazakh or Russian: no refusal
 * in the code (a {@code new FieldRefused(…)}, {@code new RequestRefused(…)} or any of their subclasses,
 * a factory of one, a 403, or an import's refused row) may spell its message in English only. The check reads
 * the call's string literals; a lone field key ({@code "mentorId"}) is not a message, and a message
 * handed over in a variable is not seen here.
 */
class RefusalWordsTest {

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");
  private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]]*");
  private static final Pattern SUBCLASS = Pattern.compile("class (\\w+) extends (?:\\w+\\.)*(\\w+)");
  private static final Pattern FACTORY = Pattern.compile("static (\\w+) (\\w+)\\(");

  @Test
  void noRefusalIsWrittenInEnglishOnly() throws IOException {
    Map<Path, String> sources = sources();
    Pattern calls = refusalCalls(sources.values());
    Map<String, List<String>> englishOnly = new TreeMap<>();
    sources.forEach((path, code) -> {
      Matcher call = calls.matcher(code);
      while (call.find()) {
        String words = literals(code, call.end()).stream()
            .filter(literal -> !FIELD_KEY.matcher(literal).matches()).reduce("", String::concat);
        if (LATIN_WORD.matcher(words).find() && !CYRILLIC.matcher(words).find()) {
          englishOnly.computeIfAbsent(path.getFileName().toString().replace(".java", ""), file -> new ArrayList<>())
              .add(words);
        }
      }
    });
    assertThat(englishOnly).as("refusals in English only, by file").isEmpty();
  }

  @Test
  void anEnglishMessageIsSeenAndAKazakhRussianOneAndAFieldKeyAreNot() {
    String english = "throw new FieldRefused(FIELD, FIELD + \": admit (or) \\\"reject\\\"\"); \"after\"";
    assertThat(literals(english, english.indexOf('(') + 1)).containsExactly(": admit (or) \\\"reject\\\"");
    String bilingual = "new FieldRefused(\"decision\", \"Шешімді таңдаңыз / \" + \"Выберите решение\")";
    List<String> literals = literals(bilingual, bilingual.indexOf('(') + 1);
    assertThat(literals.get(0)).matches(FIELD_KEY);
    assertThat(String.join("", literals.subList(1, literals.size()))).containsPattern(CYRILLIC);
  }

  @Test
  void subclassesAndFactoriesOfARefusalAreCallsToo() {
    String code = "class FieldRefused extends RequestRefused {} class AppealRefused extends RequestRefused { static AppealRefused late(String f) {} }"
        + " class Gone extends RequestRefused.NotFound {}";
    Pattern calls = refusalCalls(List.of(code));
    for (String call : List.of("new FieldRefused(", "new Outer.Gone(", "new AppealRefused(", "AppealRefused.late(",
        "new RequestRefused.NotFound(", "RecordedResult.refused(", "new RefusedRow(")) {
      assertThat(calls.matcher(call).find()).as(call).isTrue();
    }
    assertThat(calls.matcher("new IllegalStateException(").find()).isFalse();
  }

  private static Map<Path, String> sources() throws IOException {
    Map<Path, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file));
      }
    }
    return sources;
  }

  /** {@code new X(} for RequestRefused and each class below it, and {@code X.factory(} for each factory of one. */
  private static Pattern refusalCalls(Iterable<String> sources) {
    // and the 403s a person meets: Spring's (the API) and the engine's (Tasklist, the engine REST API)
    Set<String> refusals = new LinkedHashSet<>(List.of("RequestRefused", "NotFound", "AccessDeniedException",
        "AuthorizationException"));
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String code : sources) {
        Matcher subclass = SUBCLASS.matcher(code);
        while (subclass.find()) {
          grew |= refusals.contains(subclass.group(2)) && refusals.add(subclass.group(1));
        }
      }
    }
    Set<String> factories = new LinkedHashSet<>();
    for (String code : sources) {
      Matcher factory = FACTORY.matcher(code);
      while (factory.find()) {
        if (refusals.contains(factory.group(1))) {
          factories.add(factory.group(1) + "\\." + factory.group(2));
        }
      }
    }
    // a refusal subclass hands its own message on with super( or this( in its constructor
    String created = "\\bnew\\s+(?:\\w+\\.)*(?:" + String.join("|", refusals) + ")\\(|\\b(?:super|this)\\((?=[^;]*\")";
    // and the reason an import gives for a row it refused, which the importer reads in its report
    String rowReasons = "|\\bRecordedResult\\.refused\\(|\\bnew\\s+RefusedRow\\(";
    return Pattern.compile(created + rowReasons
        + (factories.isEmpty() ? "" : "|\\b(?:" + String.join("|", factories) + ")\\("));
  }

  /** The string literals of a call's arguments, from just after its opening parenthesis to its closing one. */
  private static List<String> literals(String code, int from) {
    List<String> found = new ArrayList<>();
    int depth = 1;
    for (int i = from; i < code.length() && depth > 0; i++) {
      char c = code.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (code.charAt(end) != '"') {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        found.add(code.substring(i + 1, end));
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return found;
  }
}
