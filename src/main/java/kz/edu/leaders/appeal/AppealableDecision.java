package kz.edu.leaders.appeal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.training.TrainingLevel;

/**
 * The decisions a candidate may appeal, and where an overturn resumes the journey so that the
 * candidate goes on as if the decision had gone their way. A failed internship is not appealable.
 */
enum AppealableDecision {
  /** Documents rejected: the documents count as accepted, the candidate waits for a test result. */
  DOCUMENT_SCREENING(Stage.DOCUMENT_SCREENING, Set.of(Outcome.REJECTED), Outcome.ACCEPTED, "Task_AwaitTestResult",
      ApplicationStatus.DOCUMENTS_ACCEPTED),
  /** Below the pass mark: the commission's revised score stands, the candidate waits for (or meets) the ranking. */
  TEST(Stage.TEST, Set.of(Outcome.FAILED), Outcome.PASSED, "Task_AwaitRanking", ApplicationStatus.TEST_PASSED),
  /** A level failed after its retakes: it counts as passed, training goes on with the next level (or ends). */
  TRAINING_BASIC(TrainingLevel.BASIC.stage(), Set.of(Outcome.FAILED), Outcome.PASSED, "Activity_Training",
      ApplicationStatus.ADMITTED_TO_TRAINING),
  TRAINING_EXPERT(TrainingLevel.EXPERT.stage(), Set.of(Outcome.FAILED), Outcome.PASSED, "Activity_Training",
      ApplicationStatus.ADMITTED_TO_TRAINING),
  TRAINING_PROFESSIONAL(TrainingLevel.PROFESSIONAL.stage(), Set.of(Outcome.FAILED), Outcome.PASSED, "Activity_Training",
      ApplicationStatus.ADMITTED_TO_TRAINING),
  /** The reflective report below the pass mark: passed, the final interview follows. */
  FINAL_ASSESSMENT(Stage.FINAL_ASSESSMENT, Set.of(Outcome.FAILED), Outcome.PASSED, "Activity_FinalInterview",
      ApplicationStatus.FINAL_ASSESSMENT_PASSED),
  /** Not admitted by the interview commission (the chair's decision): admitted, enrolment in the reserve. */
  INTERVIEW_DECISION(Stage.INTERVIEW_DECISION, Set.of(Outcome.REJECT, Outcome.REJECT_OVERRIDE), Outcome.ADMIT, "Task_EnrolInReserve",
      ApplicationStatus.FINAL_ASSESSMENT_PASSED);

  private final Stage stage;
  private final Set<Outcome> failing;
  private final Outcome revisedOutcome;
  private final String resumeBefore;
  private final ApplicationStatus resumedStatus;

  AppealableDecision(Stage stage, Set<Outcome> failing, Outcome revisedOutcome, String resumeBefore,
      ApplicationStatus resumedStatus) {
    this.stage = stage;
    this.failing = failing;
    this.revisedOutcome = revisedOutcome;
    this.resumeBefore = resumeBefore;
    this.resumedStatus = resumedStatus;
  }

  static Optional<AppealableDecision> of(String stage) {
    return Arrays.stream(values()).filter(decision -> decision.stage.name().equals(stage)).findFirst();
  }

  Stage stage() {
    return stage;
  }

  /** The decision as the candidate's mails name it: its stage's name (docs/GLOSSARY.md). */
  String kazakh() {
    return stage.nameIn("kk");
  }

  String russian() {
    return stage.nameIn("ru");
  }

  boolean isFailing(Outcome outcome) {
    return failing.contains(outcome);
  }

  /** The outcome the revised result records: what the stage records when it goes the candidate's way. */
  Outcome revisedOutcome() {
    return revisedOutcome;
  }

  /** The candidate-journey activity the journey is started before again. */
  String resumeBefore() {
    return resumeBefore;
  }

  ApplicationStatus resumedStatus() {
    return resumedStatus;
  }
}
