package kz.edu.leaders.application;

/** A report a candidate writes (internship, reflective): its text, checked for length. */
public final class CandidateReport {

  public static final String FIELD = "report";

  private CandidateReport() {
  }

  /**
   * @return the text without surrounding white space
   * @throws ApplicationStateException.InvalidRequest naming the field, when too short or too long
   */
  public static String text(String report, int minLength, int maxLength) {
    String text = report == null ? "" : report.strip();
    if (text.length() < minLength || text.length() > maxLength) {
      throw new ApplicationStateException.InvalidRequest(FIELD,
          minLength + " to " + maxLength + " characters (it has " + text.length() + ")");
    }
    return text;
  }
}
