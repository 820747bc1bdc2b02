package kz.edu.leaders.internship;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternshipPlacementRepository extends JpaRepository<InternshipPlacement, Long> {

  Optional<InternshipPlacement> findByApplicationId(long applicationId);
}
