package kz.edu.leaders.testing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RankingRepository extends JpaRepository<RankingEntry, Long> {

  List<RankingEntry> findByCohortYearOrderByPositionAsc(int cohortYear);

  void deleteByCohortYear(int cohortYear);
}
