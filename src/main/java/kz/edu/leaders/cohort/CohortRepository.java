package kz.edu.leaders.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Integer> {

  List<Cohort> findAllByOrderByYearDesc();
}
