package kz.edu.leaders.internship;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HostSchoolRepository extends JpaRepository<HostSchool, Long> {

  Optional<HostSchool> findByUserId(String userId);
}
