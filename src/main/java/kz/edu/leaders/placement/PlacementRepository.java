package kz.edu.leaders.placement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Each stage's record of its placements, one per candidate. */
@NoRepositoryBean
public interface PlacementRepository<R extends Placement> extends JpaRepository<R, Long> {

  Optional<R> findByApplicationId(long applicationId);
}
