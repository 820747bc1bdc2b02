package kz.edu.leaders.interview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormChoices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the final interview; the work is in {@link InterviewCommission}. */
@Configuration
class InterviewSteps {

  /**
   * Scheduling, on creation: the form's list of the commission (names, on the task only), and the
   * whole eligible commission suggested; the coordinator keeps the session's members. The suggestion
   * is a list (JSON) set on the execution, where the submitted taglist writes it, so the answer
   * replaces it and comes back in the same format.
   */
  @Bean
  TaskListener suggestCommission(InterviewCommission commission) {
    return (DelegateTask task) -> {
      List<InterviewCommission.Member> members = commission.eligibleMembers(CandidateJourney.applicationId(task));
      task.setVariableLocal(FinalInterview.COMMISSION_OPTIONS, FormChoices.options(members.stream()
          .map(m -> new FormChoices.Option(m.fullName().isEmpty() ? m.userId() : m.fullName() + " (" + m.userId() + ")",
              m.userId())).toList()));
      task.getExecution().setVariable(FinalInterview.COMMISSION, Variables.objectValue(
          new ArrayList<>(members.stream().map(InterviewCommission.Member::userId).toList()))
          .serializationDataFormat(FormChoices.JSON).create());
    };
  }

  /** Scheduling, on completion: checked and kept; when and where for the invitation and the timer. */
  @Bean
  TaskListener recordInterviewSchedule(InterviewCommission commission, Clock clock) {
    return (DelegateTask task) -> {
      Interview interview = commission.schedule(CandidateJourney.applicationId(task),
          InterviewSchedule.from(task, clock));
      task.getExecution().setVariable(FinalInterview.INTERVIEW_AT, Date.from(interview.getInterviewAt()));
      task.getExecution().setVariable(FinalInterview.PLACE, interview.getPlace());
      task.getExecution().setVariable(FinalInterview.COMMISSION, String.join(", ", interview.members()));
    };
  }

  /** A member's scoring task, on completion: their scores, in their own name only, unseen by the others. */
  @Bean
  TaskListener recordInterviewScores(InterviewCommission commission) {
    return (DelegateTask task) -> {
      commission.score(CandidateJourney.applicationId(task), MemberScores.from(task));
      // the form wrote the scores to the process: gone before another member's form could show them
      for (Competency competency : Competency.values()) {
        task.getExecution().removeVariable(competency.field());
      }
    };
  }

  /** After every member scored: the mean against the threshold, for the chair. */
  @Bean
  JavaDelegate combineInterviewScores(InterviewCommission commission) {
    return (DelegateExecution execution) -> {
      InterviewCommission.Combined combined = commission.combine(CandidateJourney.applicationId(execution));
      execution.setVariable(FinalInterview.MEAN_SCORE, combined.mean());
      execution.setVariable(FinalInterview.THRESHOLD, combined.threshold());
      FinalInterview.COMPUTED_OUTCOME.set(execution, combined.computed());
    };
  }

  /** The chair's decision, on completion: recorded beside the computed outcome. */
  @Bean
  TaskListener recordChairDecision(InterviewCommission commission) {
    return (DelegateTask task) -> FinalInterview.PASSED.set(task.getExecution(),
        commission.decide(CandidateJourney.applicationId(task), FinalInterview.COMPUTED_OUTCOME.from(task),
            ChairDecision.from(task)));
  }
}
