package kz.edu.leaders.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorMeetingRepository extends JpaRepository<MentorMeeting, Long> {

  List<MentorMeeting> findByApplicationIdOrderByMetOnAsc(long applicationId);

  long countByApplicationId(long applicationId);

  Optional<MentorMeeting> findFirstByApplicationIdOrderByMetOnDesc(long applicationId);
}
