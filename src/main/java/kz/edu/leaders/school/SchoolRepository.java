package kz.edu.leaders.school;

import java.util.List;
import java.util.Optional;
import kz.edu.leaders.region.Region;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long> {

  /** A school is known by these three: the ministry's import and a host's registration meet here. */
  Optional<School> findByRegionAndSettlementAndName(Region region, String settlement, String name);

  List<School> findByRegionOrderBySettlementAscNameAsc(Region region);

  List<School> findByHostsInternsTrueOrderByIdAsc();

  long countByHostsInternsTrue();

  long countByLeadsVacanciesTrue();

  Optional<School> findByUserId(String userId);
}
