package kz.edu.leaders.testing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TestImportRowRepository extends JpaRepository<TestImportRow, Long> {

  List<TestImportRow> findByImportIdOrderByRowNumberAsc(Long importId);

  @Query("select r.id from TestImportRow r where r.importId = :importId and r.outcome = :outcome order by r.rowNumber")
  List<Long> idsOf(Long importId, TestImportRow.Outcome outcome);

  /** Progress: how many rows have each outcome, PENDING for those still to process. */
  @Query("select r.outcome, count(r) from TestImportRow r where r.importId = :importId group by r.outcome")
  List<Object[]> countByOutcome(Long importId);

  boolean existsByImportIdAndOutcome(Long importId, TestImportRow.Outcome outcome);

  /** The row, locked until the transaction ends: whoever gets it second sees it marked. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from TestImportRow r where r.id = :id")
  Optional<TestImportRow> lock(Long id);
}
