package kz.edu.leaders.placement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Places and their capacity: each stage's repository says how a place is taken and given back. */
@NoRepositoryBean
public interface PlaceRepository<P extends Place> extends JpaRepository<P, Long> {

  /** Takes one place if one is left: 1 when taken, 0 when it is full, even under concurrency. */
  int takePlace(long id);

  int releasePlace(long id);
}
