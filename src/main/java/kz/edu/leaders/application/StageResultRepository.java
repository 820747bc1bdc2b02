package kz.edu.leaders.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageResultRepository extends JpaRepository<StageResult, Long> {

  List<StageResult> findByApplicationIdOrderByDecidedAtAsc(Long applicationId);

  /** The latest result at this stage; of two recorded at the same instant, the later written. */
  Optional<StageResult> findFirstByApplicationIdAndStageOrderByDecidedAtDescIdDesc(Long applicationId, Stage stage);

  /** Whether an appeal revised the candidate's result at this stage (a revised row points to the original). */
  boolean existsByApplicationIdAndStageAndRevisesIdNotNull(Long applicationId, Stage stage);

  /** Every application with this outcome at this stage, and the score it was given. */
  List<StageResult> findByStageAndOutcome(Stage stage, Outcome outcome);
}
