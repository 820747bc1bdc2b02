package kz.edu.leaders.internship;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.placement.PlaceRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InternshipPeriodRepository extends PlaceRepository<InternshipPeriod> {

  /** Periods that have not begun and still have a place. */
  @Query("select p from InternshipPeriod p where p.startsOn >= :from and p.placesTaken < p.places")
  List<InternshipPeriod> openFrom(@Param("from") LocalDate from);

  List<InternshipPeriod> findByHostSchool_IdOrderByStartsOnAsc(long hostSchoolId);

  @Override
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update InternshipPeriod p set p.placesTaken = p.placesTaken + 1 where p.id = :id"
      + " and p.placesTaken < p.places")
  int takePlace(@Param("id") long periodId);

  @Override
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update InternshipPeriod p set p.placesTaken = p.placesTaken - 1 where p.id = :id and p.placesTaken > 0")
  int releasePlace(@Param("id") long periodId);
}
