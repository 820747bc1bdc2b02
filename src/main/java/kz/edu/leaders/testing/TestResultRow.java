package kz.edu.leaders.testing;

/**
 * One row of an import, as written: validated only when it is recorded. {@code problem} says why a
 * row of the file could not even be read into its three values.
 */
public record TestResultRow(int rowNumber, String applicationNumber, String score, String date, String problem) {

  public TestResultRow(int rowNumber, String applicationNumber, String score, String date) {
    this(rowNumber, applicationNumber, score, date, null);
  }
}
