package kz.edu.leaders.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Refusals are written "Kazakh / Russian", each half whole. A caller whose Accept-Language puts Kazakh
 * or Russian first (the portal passes on its user's) reads only that half; anyone else reads both.
 */
public final class OwnLanguage {

  private static final String BETWEEN = " / ";

  private OwnLanguage() {
  }

  /** kk or ru when the request's first language is one of them. */
  public static Optional<String> of(HttpServletRequest request) {
    if (request == null || request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    String first = request.getLocale().getLanguage().toLowerCase(Locale.ROOT);
    return first.equals("kk") || first.equals("ru") ? Optional.of(first) : Optional.empty();
  }

  /** The language's half of a bilingual message; a message that is not one pair is kept whole. */
  public static String half(String message, Optional<String> language) {
    if (message == null || language.isEmpty()) {
      return message;
    }
    int between = message.indexOf(BETWEEN);
    if (between < 0 || message.indexOf(BETWEEN, between + 1) >= 0) {
      return message;
    }
    return language.get().equals("kk") ? message.substring(0, between) : message.substring(between + BETWEEN.length());
  }
}
