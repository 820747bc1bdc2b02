package kz.edu.leaders.appointment;

import java.util.List;
import java.util.Optional;
import kz.edu.leaders.region.Region;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long> {

  Optional<School> findByRegionAndSettlementAndName(Region region, String settlement, String name);

  List<School> findByRegionOrderBySettlementAscNameAsc(Region region);
}
