package kz.edu.leaders.fairness;

import static kz.edu.leaders.application.Outcome.*;

import java.util.Set;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;

/**
 * The selection's decisions whose pass rates are compared: per stage, the recorded outcomes that pass
 * and those that fail. Other outcomes (documents incomplete, a retake, the gap's arbitration) are
 * steps on the way and count neither way; a candidate's last decisive outcome at a stage counts.
 */
public enum FairnessStage {
  ELIGIBILITY(Stage.ELIGIBILITY, Set.of(ELIGIBLE), Set.of(INELIGIBLE)),
  DOCUMENT_SCREENING(Stage.DOCUMENT_SCREENING, Set.of(ACCEPTED), Set.of(REJECTED)),
  TEST(Stage.TEST, Set.of(PASSED), Set.of(FAILED)),
  RANKING(Stage.RANKING, Set.of(ADMITTED), Set.of(NOT_ADMITTED)),
  TRAINING_BASIC(Stage.TRAINING_BASIC, Set.of(PASSED), Set.of(FAILED)),
  TRAINING_EXPERT(Stage.TRAINING_EXPERT, Set.of(PASSED), Set.of(FAILED)),
  TRAINING_PROFESSIONAL(Stage.TRAINING_PROFESSIONAL, Set.of(PASSED), Set.of(FAILED)),
  FINAL_ASSESSMENT(Stage.FINAL_ASSESSMENT, Set.of(PASSED), Set.of(FAILED)),
  INTERVIEW(Stage.INTERVIEW_DECISION, Set.of(ADMIT, ADMIT_OVERRIDE), Set.of(REJECT, REJECT_OVERRIDE));

  private final Stage recordedStage;
  private final Set<Outcome> passing;
  private final Set<Outcome> failing;

  FairnessStage(Stage recordedStage, Set<Outcome> passing, Set<Outcome> failing) {
    this.recordedStage = recordedStage;
    this.passing = passing;
    this.failing = failing;
  }

  /** The stage as stage_result records it. */
  Stage recordedStage() {
    return recordedStage;
  }

  /** The stage's name (docs/GLOSSARY.md). */
  public String label() {
    return recordedStage.bilingualName();
  }

  boolean decides(Outcome outcome) {
    return passing.contains(outcome) || failing.contains(outcome);
  }

  boolean passes(Outcome outcome) {
    return passing.contains(outcome);
  }
}
