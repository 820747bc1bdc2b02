package kz.edu.leaders.journey;

import kz.edu.leaders.config.FieldRefused;

/**
 * Text typed into a task form field (a reason, a note, a number), read at the edge: whatever the form
 * or the API sent, stripped, and checked for length once, so services take it as it will be kept.
 */
public final class FormText {

  private FormText() {
  }

  /** @return the value's text without surrounding white space; "" when the field was left out */
  public static String of(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  /**
   * @param ask what the person reads at the field when the text is too short or too long, "Kazakh /
   *     Russian"; each language gets the length allowed in its own words
   * @return the text without surrounding white space
   */
  public static String between(Object value, int min, int max, String field, String ask) {
    String text = of(value);
    if (text.length() < min || text.length() > max) {
      String[] asked = ask.split(" / ");
      throw new FieldRefused(field, min == 0
          ? asked[0] + " (ең көбі " + max + " таңба) / " + asked[1] + " (не более " + max + " символов)"
          : asked[0] + " (" + min + "–" + max + " таңба) / " + asked[1] + " (" + min + "–" + max + " символов)");
    }
    return text;
  }

  /** A free comment, up to 1900 characters: "" when none. */
  public static String comment(Object value, String field) {
    return between(value, 0, 1900, field, "Түсініктеме тым ұзын / Комментарий слишком длинный");
  }
}
