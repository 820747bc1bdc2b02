package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A refused field is read by a coordinator, an expert, the commission, HR or a trainer in Tasklist, in
 * Kazakh or Russian: no {@code new FieldRefused(…)} in the code may spell its message in English only.
 * The check reads the call's string literals; a message handed over in a variable is not seen here.
 */
class RefusalWordsTest {

  private static final String CALL = "new FieldRefused(";
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

  @Test
  void noFieldIsRefusedInEnglishOnly() throws IOException {
    List<String> englishOnly = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        String code = Files.readString(source);
        for (int at = code.indexOf(CALL); at >= 0; at = code.indexOf(CALL, at + CALL.length())) {
          String words = String.join("", literals(code, at + CALL.length()));
          if (LATIN_WORD.matcher(words).find() && !CYRILLIC.matcher(words).find()) {
            englishOnly.add(source.getFileName() + ": " + words);
          }
        }
      }
    }
    assertThat(englishOnly).isEmpty();
  }

  @Test
  void anEnglishMessageIsSeenAndAKazakhRussianOneIsNot() {
    String english = "throw new FieldRefused(FIELD, FIELD + \": admit (or) \\\"reject\\\"\"); \"after\"";
    assertThat(literals(english, english.indexOf(CALL) + CALL.length())).containsExactly(": admit (or) \\\"reject\\\"");
    String bilingual = "new FieldRefused(f, \"Шешімді таңдаңыз / \" + \"Выберите решение\")";
    assertThat(String.join("", literals(bilingual, bilingual.indexOf(CALL) + CALL.length())))
        .containsPattern(CYRILLIC);
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
