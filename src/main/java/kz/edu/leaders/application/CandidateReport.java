package kz.edu.leaders.application;

import kz.edu.leaders.config.FieldRefused;

/** A report a candidate writes (internship, reflective): its text, checked for length. */
public final class CandidateReport {

  public static final String FIELD = "report";

  private CandidateReport() {
  }

  /**
   * @return the text without surrounding white space
   * @throws FieldRefused naming the field, when too short or too long
   */
  public static String text(String report, int minLength, int maxLength) {
    String text = report == null ? "" : report.strip();
    if (text.length() < minLength || text.length() > maxLength) {
      throw new FieldRefused(FIELD, "Есеп " + minLength + "–" + maxLength + " таңбадан тұруы керек (қазір "
          + text.length() + ") / Отчёт должен содержать от " + minLength + " до " + maxLength + " символов (сейчас "
          + text.length() + ")");
    }
    return text;
  }
}
