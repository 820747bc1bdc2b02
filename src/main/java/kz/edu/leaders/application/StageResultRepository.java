package kz.edu.leaders.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageResultRepository extends JpaRepository<StageResult, Long> {

  List<StageResult> findByApplicationIdOrderByDecidedAtAsc(Long applicationId);

  Optional<StageResult> findFirstByApplicationIdAndStageOrderByDecidedAtDesc(Long applicationId, Stage stage);

  /** Every application with this outcome at this stage, and the score it was given. */
  List<StageResult> findByStageAndOutcome(Stage stage, Outcome outcome);
}
