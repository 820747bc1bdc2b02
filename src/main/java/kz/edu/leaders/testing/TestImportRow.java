package kz.edu.leaders.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One row of an import: stored as written (PENDING) before any row is processed, then what became
 * of it, and why. Rows are inserted in batches by {@link TestImportService}, not through this class.
 */
@Entity
@Table(name = "test_import_row")
public class TestImportRow {

  public enum Outcome { PENDING, ACCEPTED, UNCHANGED, REFUSED }

  /** The longest value stored as written; a longer one refuses its row (it is no number, score or date). */
  static final int WRITTEN_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private Long importId;

  @Column(name = "row_number", nullable = false)
  private int rowNumber;

  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "written_score")
  private String writtenScore;

  @Column(name = "written_date")
  private String writtenDate;

  private String problem;

  private Integer score;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  private String reason;

  protected TestImportRow() {
  }

  /** The row as it is stored: a value too long to store is left out, and refuses the row. */
  static TestResultRow storable(TestResultRow row) {
    if (row.problem() != null) {
      return row;
    }
    for (String[] field : new String[][] {{"applicationNumber", row.applicationNumber()}, {"score", row.score()},
        {"date", row.date()}}) {
      if (field[1] != null && field[1].length() > WRITTEN_MAX) {
        return new TestResultRow(row.rowNumber(), fits(row.applicationNumber()), fits(row.score()), fits(row.date()),
            field[0] + ": longer than " + WRITTEN_MAX + " characters");
      }
    }
    return row;
  }

  private static String fits(String value) {
    return value == null || value.length() > WRITTEN_MAX ? null : value;
  }

  TestResultRow written() {
    return new TestResultRow(rowNumber, applicationNumber, writtenScore, writtenDate, problem);
  }

  Long getId() {
    return id;
  }

  public int getRowNumber() {
    return rowNumber;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public Integer getScore() {
    return score;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }
}
