package kz.edu.leaders.audit;

import java.util.Arrays;
import java.util.Map;
import kz.edu.leaders.application.Stage;

/**
 * The part of the programme a trail event belongs to, as the auditor reads the story: one heading
 * each, in the programme's order. Events that belong to none (a mail, a data correction) are told in
 * the chapter of the decision just before them. A chapter is titled by its stage's name (docs/GLOSSARY.md).
 */
public enum Chapter {
  /** The application and its eligibility check: no stage of its own. */
  APPLICATION("Өтінім", "Заявка"),
  SCREENING(Stage.DOCUMENT_SCREENING),
  TEST(Stage.TEST),
  RANKING(Stage.RANKING),
  TRAINING(Stage.TRAINING),
  INTERNSHIP(Stage.INTERNSHIP),
  FINAL_ASSESSMENT(Stage.FINAL_ASSESSMENT),
  INTERVIEW(Stage.INTERVIEW),
  RESERVE(Stage.RESERVE),
  APPOINTMENT(Stage.APPOINTMENT),
  WITHDRAWAL(Stage.WITHDRAWAL);

  /** The called processes, each one stage of the journey. */
  private static final Map<String, Chapter> PROCESSES = Map.of("training", TRAINING, "internship", INTERNSHIP,
      "final-assessment", FINAL_ASSESSMENT, "final-interview", INTERVIEW, "vacancy-appointment", APPOINTMENT);

  /** The journey's own steps (candidate-journey.bpmn); a step not named here keeps the chapter before it. */
  private static final Map<String, Chapter> JOURNEY_STEPS = Map.ofEntries(
      Map.entry("StartEvent_ApplicationReceived", APPLICATION), Map.entry("Task_CheckEligibility", APPLICATION),
      Map.entry("Task_ScreenDocuments", SCREENING), Map.entry("Task_AwaitResubmission", SCREENING),
      Map.entry("Task_RecordNoResubmission", SCREENING), Map.entry("Task_AwaitTestResult", TEST),
      Map.entry("Task_RecordTestNoShow", TEST), Map.entry("Task_AwaitRanking", RANKING),
      Map.entry("Activity_Training", TRAINING), Map.entry("Activity_Internship", INTERNSHIP),
      Map.entry("Activity_FinalAssessment", FINAL_ASSESSMENT), Map.entry("Activity_FinalInterview", INTERVIEW),
      Map.entry("Task_EnrolInReserve", RESERVE), Map.entry("Task_AwaitAppointment", RESERVE),
      Map.entry("Task_RecordReserveExpired", RESERVE), Map.entry("Activity_Withdrawal", WITHDRAWAL),
      Map.entry("Task_RecordRequestedWithdrawal", WITHDRAWAL));

  private final String kk;
  private final String ru;

  Chapter(String kk, String ru) {
    this.kk = kk;
    this.ru = ru;
  }

  Chapter(Stage stage) {
    this(stage.nameIn("kk"), stage.nameIn("ru"));
  }

  public String title() {
    return kk.equals(ru) ? kk : kk + " / " + ru;
  }

  /** @return the chapter of this step of this process, or null when the step does not say */
  static Chapter ofStep(String processKey, String activityId) {
    Chapter process = PROCESSES.get(processKey);
    return process != null ? process : activityId == null ? null : JOURNEY_STEPS.get(activityId);
  }

  /** @return the chapter of a recorded stage result, or null for a stage of none (a data correction) */
  static Chapter ofStage(Stage stage) {
    return switch (stage) {
      case ELIGIBILITY -> APPLICATION;
      case DOCUMENT_SCREENING -> SCREENING;
      case EXTERNAL_REVIEW -> FINAL_ASSESSMENT;
      // TRAINING_BASIC, INTERNSHIP_SIGN_OFF, INTERVIEW_DECISION ... belong to their stage
      default -> Arrays.stream(values())
          .filter(chapter -> stage.name().equals(chapter.name()) || stage.name().startsWith(chapter.name() + "_"))
          .findFirst().orElse(null);
    };
  }
}
