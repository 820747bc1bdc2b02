package kz.edu.leaders.internship;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InternshipPeriodRepository extends JpaRepository<InternshipPeriod, Long> {

  /** Periods that have not begun and still have a place. */
  @Query("select p from InternshipPeriod p where p.startsOn >= :from and p.placesTaken < p.places")
  List<InternshipPeriod> openFrom(@Param("from") LocalDate from);

  List<InternshipPeriod> findByHostSchool_IdOrderByStartsOnAsc(long hostSchoolId);

  /** Takes one place if one is left: 1 when taken, 0 when the period is full, even under concurrency. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update InternshipPeriod p set p.placesTaken = p.placesTaken + 1 where p.id = :id"
      + " and p.placesTaken < p.places")
  int takePlace(@Param("id") long periodId);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update InternshipPeriod p set p.placesTaken = p.placesTaken - 1 where p.id = :id and p.placesTaken > 0")
  int releasePlace(@Param("id") long periodId);
}
