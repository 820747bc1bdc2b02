package kz.edu.leaders.testing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Imports, and the lease a node holds on the one it works: every change of it is a conditional update. */
public interface TestImportRepository extends JpaRepository<TestImport, Long> {

  /** Unfinished imports that nobody holds, or whose holder's lease ran out. */
  @Query("select i.id from TestImport i where i.state = :running and (i.leaseUntil is null or i.leaseUntil < :now)"
      + " order by i.id")
  List<Long> unheld(TestImport.State running, Instant now);

  /** 1 when {@code owner} now holds the import until {@code until}; 0 when it is done or someone else holds it. */
  @Modifying
  @Query("update TestImport i set i.leaseOwner = :owner, i.leaseUntil = :until where i.id = :id"
      + " and i.state = :running and (i.leaseUntil is null or i.leaseUntil < :now)")
  int claim(Long id, TestImport.State running, String owner, Instant now, Instant until);

  /** 1 when {@code owner} still held the import and holds it on until {@code until}. */
  @Modifying
  @Query("update TestImport i set i.leaseUntil = :until where i.id = :id and i.leaseOwner = :owner")
  int renew(Long id, String owner, Instant until);

  /** Lets the next node take the import at once. */
  @Modifying
  @Query("update TestImport i set i.leaseOwner = null, i.leaseUntil = null where i.id = :id and i.leaseOwner = :owner")
  int release(Long id, String owner);

  @Modifying
  @Query("update TestImport i set i.state = :done, i.finishedAt = :at, i.leaseOwner = null, i.leaseUntil = null"
      + " where i.id = :id and i.leaseOwner = :owner")
  int finish(Long id, String owner, TestImport.State done, Instant at);
}
