package kz.edu.leaders.testing;

/** One row of an import, as written: validated only when it is recorded. */
public record TestResultRow(int rowNumber, String applicationNumber, String score, String date) {
}
