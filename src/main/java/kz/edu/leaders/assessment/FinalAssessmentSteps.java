package kz.edu.leaders.assessment;

import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.PassMarkAssessment;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the final assessment: the blind review tasks' listeners, the record of the reviews'
 * comparison and the service task that records the result. The work is in {@link BlindReviews}.
 */
@Configuration
class FinalAssessmentSteps {

  static final String ARBITRATION_TASK = "Task_ArbitrateReview";

  /** A review task, on creation: the report and nothing else about the candidate. */
  @Bean
  TaskListener showReportBlind(BlindReviews reviews) {
    return (DelegateTask task) -> task.setVariableLocal(PersonalDataVariables.CANDIDATE_REPORT,
        reviews.reportOf(CandidateJourney.applicationId(task)));
  }

  /**
   * A review task, on claim or assignment: the engine refuses a reviewer who reviewed this report,
   * holds its other open review, or works at the candidate's organisation, whichever client asks.
   */
  @Bean
  TaskListener admitReviewer(BlindReviews reviews) {
    return (DelegateTask task) -> {
      String reviewer = task.getAssignee();
      if (reviewer == null) {
        return;
      }
      boolean holdsAnother = task.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(task.getProcessInstanceId()).taskAssignee(reviewer).list().stream()
          .anyMatch(other -> !other.getId().equals(task.getId()));
      String conflict = holdsAnother ? reviewer + " бұл есептің екінші бағалауын алып қойған / "
          + reviewer + " уже взял(а) другую оценку этого отчёта"
          : reviews.conflictOf(CandidateJourney.applicationId(task), reviewer);
      if (conflict != null) {
        throw new BadUserRequestException(conflict);
      }
    };
  }

  /** A review task, on completion: the blind score recorded; an arbitration's score is the one that stands. */
  @Bean
  TaskListener recordReview(BlindReviews reviews) {
    return (DelegateTask task) -> {
      boolean expert = !ARBITRATION_TASK.equals(task.getTaskDefinitionKey());
      int score = reviews.record(CandidateJourney.applicationId(task),
          expert ? FinalReview.Kind.EXPERT : FinalReview.Kind.ARBITRATION, ReviewForm.from(task));
      // the form wrote the score to the process: gone before another reviewer's form could show it
      task.getExecution().removeVariable(FinalAssessment.REVIEW_SCORE);
      task.getExecution().removeVariable(FinalAssessment.REVIEW_COMMENT);
      if (!expert) {
        task.getExecution().setVariable(FinalAssessment.FINAL_SCORE, score);
      }
    };
  }

  /**
   * The end of the review-gap business rule task (after both expert reviews): the comparison recorded
   * as the table decided it; without an arbitration the experts' mean stands.
   */
  @Bean
  ExecutionListener recordReviewComparison(BlindReviews reviews) {
    return (DelegateExecution execution) -> {
      BlindReviews.Comparison comparison = reviews.recordComparison(CandidateJourney.applicationId(execution),
          FinalAssessment.ARBITRATION_NEEDED.from(execution));
      if (!comparison.arbitrationNeeded()) {
        execution.setVariable(FinalAssessment.FINAL_SCORE, comparison.mean());
      }
    };
  }

  /** The external review, on completion: confirmed, or flagged with a reason. */
  @Bean
  TaskListener recordExternalReview(BlindReviews reviews) {
    return (DelegateTask task) -> FinalAssessment.EXTERNAL_CONFIRMED.set(task.getExecution(),
        reviews.recordExternalReview(CandidateJourney.applicationId(task), ExternalReviewForm.from(task)));
  }

  /** The score that stands, against the pass mark (DMN pass-marks); handed back to the journey. */
  @Bean
  JavaDelegate recordFinalAssessment(BlindReviews reviews, PassMarkAssessment assessment,
      ApplicationRepository applications) {
    return (DelegateExecution execution) -> {
      long applicationId = CandidateJourney.applicationId(execution);
      PassMarkAssessment.Verdict verdict = assessment.assess(applicationId, Stage.FINAL_ASSESSMENT, 1,
          new PassMarkAssessment.Scored(FormScore.between(execution.getVariable(FinalAssessment.FINAL_SCORE), 0, 100,
              FinalAssessment.FINAL_SCORE), "reviewed by " + reviews.reviewersOf(applicationId), "system"));
      boolean passed = verdict.outcome() == Outcome.PASSED;
      if (passed) {
        applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.FINAL_ASSESSMENT_PASSED);
      }
      FinalAssessment.PASSED.set(execution, passed);
      FinalAssessment.PASS_MARK.set(execution, verdict.passMark());
    };
  }
}
