package kz.edu.leaders.config;

/** What every text taken from outside must be: free of control characters, which no field of ours can use. */
public final class Text {

  private Text() {
  }

  /**
   * Whether the value holds a C0 or C1 control character (NUL, ESC, DEL, ...). Free text, such as a
   * reason or a report, may hold tabs and line breaks.
   */
  public static boolean hasControlCharacter(String value, boolean freeText) {
    return value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
        && !(freeText && (c == '\t' || c == '\n' || c == '\r')));
  }
}
