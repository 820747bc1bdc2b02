package kz.edu.leaders.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upload of test results and how far it got: the progress a long import shows. */
@Entity
@Table(name = "test_import")
public class TestImport {

  public enum State { RUNNING, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_year", nullable = false)
  private int cohortYear;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private State state;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  private int processed;
  private int accepted;
  private int unchanged;
  private int refused;

  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected TestImport() {
  }

  TestImport(int cohortYear, String source, int totalRows, String importedBy, Instant startedAt) {
    this.cohortYear = cohortYear;
    this.source = source;
    this.totalRows = totalRows;
    this.importedBy = importedBy;
    this.startedAt = startedAt;
    this.state = State.RUNNING;
  }

  void progress(int accepted, int unchanged, int refused) {
    this.accepted += accepted;
    this.unchanged += unchanged;
    this.refused += refused;
    this.processed += accepted + unchanged + refused;
  }

  void finish(Instant at) {
    state = State.DONE;
    finishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getCohortYear() {
    return cohortYear;
  }

  public String getSource() {
    return source;
  }

  public State getState() {
    return state;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getProcessed() {
    return processed;
  }

  public int getAccepted() {
    return accepted;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getRefused() {
    return refused;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
