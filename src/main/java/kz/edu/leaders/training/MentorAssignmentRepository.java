package kz.edu.leaders.training;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

  Optional<MentorAssignment> findByApplicationId(long applicationId);
}
