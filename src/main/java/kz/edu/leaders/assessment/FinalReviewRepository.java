package kz.edu.leaders.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinalReviewRepository extends JpaRepository<FinalReview, Long> {

  List<FinalReview> findByApplicationIdOrderByReviewedAtAscIdAsc(long applicationId);
}
