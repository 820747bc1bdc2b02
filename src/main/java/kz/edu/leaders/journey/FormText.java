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
   * @param refusal what the person reads at the field when the text is too short or too long
   * @return the text without surrounding white space
   */
  public static String between(Object value, int min, int max, String field, String refusal) {
    String text = of(value);
    if (text.length() < min || text.length() > max) {
      throw new FieldRefused(field, refusal);
    }
    return text;
  }
}
