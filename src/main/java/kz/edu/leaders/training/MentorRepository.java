package kz.edu.leaders.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentorRepository extends JpaRepository<Mentor, Long> {

  java.util.Optional<Mentor> findByUserId(String userId);

  /** Takes one place if one is left: 1 when taken, 0 when the mentor is full, even under concurrency. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Mentor m set m.activeTrainees = m.activeTrainees + 1 where m.id = :id"
      + " and m.activeTrainees < m.maxTrainees")
  int takePlace(@Param("id") long mentorId);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Mentor m set m.activeTrainees = m.activeTrainees - 1 where m.id = :id and m.activeTrainees > 0")
  int releasePlace(@Param("id") long mentorId);
}
