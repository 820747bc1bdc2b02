package kz.edu.leaders.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  boolean existsByCohortYearAndIin(int cohortYear, String iin);

  Optional<Application> findByApplicationNumber(String applicationNumber);

  List<Application> findByCohortYearAndStatus(int cohortYear, ApplicationStatus status);

  /** Each application of the cohort in that status, with its latest score at that stage. */
  @Query("select a, s.score from Application a, StageResult s where s.applicationId = a.id and s.stage = :stage"
      + " and a.cohortYear = :year and a.status = :status")
  List<Object[]> findWithScore(@Param("year") int cohortYear, @Param("status") ApplicationStatus status,
      @Param("stage") String stage);
}
