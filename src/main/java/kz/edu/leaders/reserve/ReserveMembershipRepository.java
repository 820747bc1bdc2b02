package kz.edu.leaders.reserve;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReserveMembershipRepository extends JpaRepository<ReserveMembership, Long> {

  Optional<ReserveMembership> findByApplicationId(long applicationId);

  Optional<ReserveMembership> findByCertificateNumber(String certificateNumber);

  List<ReserveMembership> findByStatus(ReserveMembership.Status status);

  /** The membership, locked until the transaction ends: one decision about a reservist at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from ReserveMembership m where m.applicationId = :application")
  Optional<ReserveMembership> lockByApplicationId(@Param("application") long applicationId);

  /** Appoints a valid reservist: 1 when appointed, 0 when no longer valid, even if two officers try at once. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update ReserveMembership m set m.status = kz.edu.leaders.reserve.ReserveMembership.Status.APPOINTED,"
      + " m.endedOn = :on, m.appointedVacancyId = :vacancy where m.applicationId = :application"
      + " and m.status = kz.edu.leaders.reserve.ReserveMembership.Status.VALID")
  int appoint(@Param("application") long applicationId, @Param("vacancy") long vacancyId, @Param("on") LocalDate on);
}
