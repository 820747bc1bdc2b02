package kz.edu.leaders.appeal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

  Optional<Appeal> findByStageResultId(long stageResultId);

  List<Appeal> findByApplicationIdOrderByLodgedAtAsc(long applicationId);

  /** Per stage and state, the appeals of a cohort: [stage, state, count]. */
  @Query("select p.stage, p.state, count(p) from Appeal p, Application a where a.id = p.applicationId"
      + " and a.cohortYear = :year group by p.stage, p.state")
  List<Object[]> countByStageAndState(@Param("year") int cohortYear);
}
