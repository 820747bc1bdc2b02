package kz.edu.leaders.assessment;

import kz.edu.leaders.journey.FormScore;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.TaskClaim;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A blind review's form, read once: the score (0-100) and the comment, null when none was written. */
public record ReviewForm(int score, String comment, String reviewer) {

  static ReviewForm from(DelegateTask task) {
    TaskClaim.require(task.getAssignee(), FinalAssessment.REVIEW_SCORE);
    int score = FormScore.between(task.getVariable(FinalAssessment.REVIEW_SCORE), 0, 100, FinalAssessment.REVIEW_SCORE);
    String comment = FormText.comment(task.getVariable(FinalAssessment.REVIEW_COMMENT), FinalAssessment.REVIEW_COMMENT);
    return new ReviewForm(score, comment.isEmpty() ? null : comment, task.getAssignee());
  }
}
