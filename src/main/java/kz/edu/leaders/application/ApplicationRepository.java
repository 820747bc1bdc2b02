package kz.edu.leaders.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  boolean existsByCohortYearAndIin(int cohortYear, String iin);

  Optional<Application> findByApplicationNumber(String applicationNumber);
}
