package kz.edu.leaders.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VacancyOfferRepository extends JpaRepository<VacancyOffer, Long> {

  List<VacancyOffer> findByVacancyId(long vacancyId);

  List<VacancyOffer> findByApplicationIdOrderByOfferedAtAsc(long applicationId);

  Optional<VacancyOffer> findByOpenForApplicationId(long applicationId);

  Optional<VacancyOffer> findFirstByApplicationIdAndStatusIn(long applicationId, Collection<VacancyOffer.Status> status);

  boolean existsByOpenForApplicationId(long applicationId);

  @Query("select o.openForApplicationId from VacancyOffer o where o.openForApplicationId is not null")
  Set<Long> applicationsWithAnOpenOffer();
}
