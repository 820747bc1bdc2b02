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

/** What became of one row of an import, and why. */
@Entity
@Table(name = "test_import_row")
public class TestImportRow {

  public enum Outcome { ACCEPTED, UNCHANGED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private Long importId;

  @Column(name = "row_number", nullable = false)
  private int rowNumber;

  @Column(name = "application_number")
  private String applicationNumber;

  private Integer score;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  private String reason;

  protected TestImportRow() {
  }

  TestImportRow(Long importId, TestResultRow row, RecordedResult result) {
    this.importId = importId;
    this.rowNumber = row.rowNumber();
    this.applicationNumber = row.applicationNumber() == null || row.applicationNumber().length() > 40
        ? null : row.applicationNumber();
    this.score = result.score();
    this.takenOn = result.takenOn();
    this.outcome = result.outcome();
    this.reason = result.reason();
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
