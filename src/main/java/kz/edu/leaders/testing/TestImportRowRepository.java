package kz.edu.leaders.testing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TestImportRowRepository extends JpaRepository<TestImportRow, Long> {

  List<TestImportRow> findByImportIdOrderByRowNumberAsc(Long importId);

  List<TestImportRow> findByImportIdAndOutcomeOrderByRowNumberAsc(Long importId, TestImportRow.Outcome outcome,
      Limit limit);

  /** Progress: how many rows have each outcome, PENDING for those still to process. */
  @Query("select r.outcome, count(r) from TestImportRow r where r.importId = :importId group by r.outcome")
  List<Object[]> countByOutcome(Long importId);

  boolean existsByImportIdAndOutcome(Long importId, TestImportRow.Outcome outcome);

  /** 1 when the row was still {@code pending} and now has its outcome; 0 when another node marked it. */
  @Modifying
  @Query("update TestImportRow r set r.outcome = :outcome, r.score = :score, r.takenOn = :takenOn, r.reason = :reason"
      + " where r.id = :id and r.outcome = :pending")
  int markPending(Long id, TestImportRow.Outcome pending, TestImportRow.Outcome outcome, Integer score,
      LocalDate takenOn, String reason);
}
