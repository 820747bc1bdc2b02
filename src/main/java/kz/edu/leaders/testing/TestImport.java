package kz.edu.leaders.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One upload of test results. Its rows ({@link TestImportRow}) say how far it got; the node working
 * it holds a lease ({@code lease_owner} until {@code lease_until}) that another node may take over
 * once it runs out.
 */
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

  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

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
