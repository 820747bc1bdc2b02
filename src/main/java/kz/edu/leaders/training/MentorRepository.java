package kz.edu.leaders.training;

import kz.edu.leaders.placement.PlaceRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentorRepository extends PlaceRepository<Mentor> {

  java.util.Optional<Mentor> findByUserId(String userId);

  @Override
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Mentor m set m.activeTrainees = m.activeTrainees + 1 where m.id = :id"
      + " and m.activeTrainees < m.maxTrainees")
  int takePlace(@Param("id") long mentorId);

  @Override
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Mentor m set m.activeTrainees = m.activeTrainees - 1 where m.id = :id and m.activeTrainees > 0")
  int releasePlace(@Param("id") long mentorId);
}
