package kz.edu.leaders.training;

import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of the coordinator's Assign mentor task; the work is in {@link MentorMatching}. */
@Configuration
class MentorSteps {

  static final String PROPOSALS = "mentorProposals";
  static final String MENTOR_ID = "mentorId";

  /** On creation: the proposals, as a table on the form. */
  @Bean
  TaskListener proposeMentors(MentorMatching matching) {
    return (DelegateTask task) -> {
      List<Mentor> proposals = matching.propose(applicationId(task));
      String table = proposals.isEmpty()
          ? "Бос орны бар тәлімгер жоқ / Нет наставников со свободными местами: choose one by id with a reason"
          : "| Id | Тәлімгер / Наставник | Өңір / Регион | Ұйым / Организация | Бағыты / Направление | Орын / Мест |\n"
              + "|---|---|---|---|---|---|\n" + proposals.stream().map(m -> "| " + m.getId() + " | " + m.getFullName()
                  + " | " + m.getRegion().displayName() + " | " + m.getOrganisation() + " | " + m.getExpertise() + " | "
                  + m.placesLeft() + " |").collect(Collectors.joining("\n"));
      task.setVariableLocal(PROPOSALS, table);
    };
  }

  /** On completion: the coordinator's choice, checked and recorded; the mentor's contact for the mail. */
  @Bean
  TaskListener recordMentorAssignment(MentorMatching matching) {
    return (DelegateTask task) -> {
      Object reason = task.getVariable(CoordinatorChoice.OVERRIDE_REASON);
      Mentor mentor = matching.assign(applicationId(task), task.getVariable(MENTOR_ID),
          reason == null ? null : reason.toString(), task.getAssignee());
      task.getExecution().setVariable("mentorName", mentor.getFullName());
      task.getExecution().setVariable("mentorOrganisation", mentor.getOrganisation());
      task.getExecution().setVariable("mentorEmail", mentor.getEmail());
    };
  }

  private static long applicationId(DelegateTask task) {
    return ((Number) task.getVariable(CandidateJourney.APPLICATION_ID)).longValue();
  }
}
