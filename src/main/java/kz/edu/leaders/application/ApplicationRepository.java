package kz.edu.leaders.application;

import kz.edu.leaders.region.Region;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  boolean existsByCohortYearAndIin(int cohortYear, String iin);

  Optional<Application> findByApplicationNumber(String applicationNumber);

  /** The application, its row locked until the transaction ends: one change of its journey at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Application a where a.applicationNumber = :number")
  Optional<Application> lockByApplicationNumber(@Param("number") String applicationNumber);

  /** The same lock, by id. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Application a where a.id = :id")
  Optional<Application> lockById(@Param("id") long id);

  List<Application> findByCohortYearAndStatus(int cohortYear, ApplicationStatus status);

  long countByCohortYear(int cohortYear);

  /**
   * How many of a cohort's applications reached each stage's outcome: rows of stage, outcome, count.
   * A result an appeal revised counts as revised, not twice.
   */
  @Query("select s.stage, s.outcome, count(distinct s.applicationId) from StageResult s, Application a"
      + " where a.id = s.applicationId and a.cohortYear = :year"
      + " and not exists (select r from StageResult r where r.revisesId = s.id) group by s.stage, s.outcome")
  List<Object[]> countOutcomes(@Param("year") int cohortYear);

  /** The auditor's search: every criterion optional. */
  @Query("select a from Application a where (:number is null or a.applicationNumber = :number)"
      + " and (:iin is null or a.iin = :iin) and (:cohort is null or a.cohortYear = :cohort)"
      + " and (:region is null or a.region = :region) and (:status is null or a.status = :status)"
      + " and (:stage is null and :outcome is null or exists (select s from StageResult s where s.applicationId = a.id"
      + " and (:stage is null or s.stage = :stage) and (:outcome is null or s.outcome = :outcome)))"
      + " order by a.applicationNumber")
  List<Application> search(@Param("number") String number, @Param("iin") String iin, @Param("cohort") Integer cohort,
      @Param("region") Region region, @Param("status") ApplicationStatus status, @Param("stage") Stage stage,
      @Param("outcome") Outcome outcome, Pageable page);

  /** Each application of the cohort in that status, with its score at that stage (a revised one if an appeal revised it). */
  @Query("select a, s.score from Application a, StageResult s where s.applicationId = a.id and s.stage = :stage"
      + " and a.cohortYear = :year and a.status = :status"
      + " and not exists (select r from StageResult r where r.revisesId = s.id)")
  List<Object[]> findWithScore(@Param("year") int cohortYear, @Param("status") ApplicationStatus status,
      @Param("stage") Stage stage);
}
