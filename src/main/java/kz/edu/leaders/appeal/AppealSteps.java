package kz.edu.leaders.appeal;

import kz.edu.leaders.cohort.CohortCalendar;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.testing.MakeUpSittings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appeal process's steps ({@code ${admitAppealMember}}, {@code ${recordAppealDecision}}, {@code ${resumeJourney}}, {@code ${closeMakeUpSitting}}). */
@Configuration
class AppealSteps {

  /** The last day of a make-up test sitting (ISO date, for the mail) and its end (the timer's date). */
  static final String MAKE_UP_SITTING_BY = "makeUpSittingBy";
  static final String MAKE_UP_SITTING_CLOSES_AT = "makeUpSittingClosesAt";

  private static long appealId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return Appeals.APPEAL_ID.from(scope);
  }

  /** On creation: the candidate's reason on the task, task-local and never in history. */
  @Bean
  TaskListener showAppealToCommission(Appeals appeals) {
    return (DelegateTask task) -> task.setVariableLocal(PersonalDataVariables.CANDIDATE_REPORT,
        appeals.reasonOf(appealId(task)));
  }

  /** On claim (or assignment): a member who took the appealed decision is refused the task. */
  @Bean
  TaskListener admitAppealMember(AppealDecisions decisions) {
    return (DelegateTask task) -> decisions.refuseDecider(appealId(task), task.getAssignee());
  }

  /** On completion: the decision recorded in the claiming member's name; the gateway reads the outcome. */
  @Bean
  TaskListener recordAppealDecision(AppealDecisions decisions) {
    return (DelegateTask task) -> {
      long appealId = appealId(task);
      decisions.refuseDecider(appealId, task.getAssignee());
      task.setVariable(AppealDecisions.OVERTURNED,
          decisions.decide(appealId, AppealDecision.from(task, appealId, decisions)));
    };
  }

  /**
   * Overturned: the result revised and the candidate's journey started again where the decision ended
   * it; a make-up test sitting's last day for the mail and the timer that closes it.
   */
  @Bean
  JavaDelegate resumeJourney(AppealDecisions decisions) {
    return (DelegateExecution execution) -> decisions.resumeJourney(appealId(execution)).ifPresent(sitBy -> {
      execution.setVariable(MAKE_UP_SITTING_BY, sitBy.toString());
      execution.setVariable(MAKE_UP_SITTING_CLOSES_AT, CohortCalendar.endOf(sitBy));
    });
  }

  /** The make-up sitting closed: a candidate still without a result is a no-show. */
  @Bean
  JavaDelegate closeMakeUpSitting(Appeals appeals, MakeUpSittings sittings) {
    return (DelegateExecution execution) -> sittings.close(appeals.applicationOf(appealId(execution)));
  }
}
