package kz.edu.leaders.training;

import java.util.List;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.WithdrawalReaction;
import kz.edu.leaders.placement.Placements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of the coordinator's Assign mentor task; the work is in {@link MentorMatching}. */
@Configuration
class MentorSteps {

  static final String PROPOSALS = "mentorProposals";
  static final String MENTOR_ID = "mentorId";
  static final String OPTIONS = PersonalDataVariables.MENTOR_OPTIONS;

  /** A candidate who leaves frees their mentor's place. */
  @Bean
  WithdrawalReaction freeMentorPlace(MentorMatching matching) {
    return matching::release;
  }

  /**
   * On creation: the proposals, as a table on the form, and the form's list to choose from (the
   * proposals first, then every other mentor with a place), on the task only.
   */
  @Bean
  TaskListener proposeMentors(MentorMatching matching) {
    return (DelegateTask task) -> {
      Placements.Choices<Mentor> choices = matching.choices(CandidateJourney.applicationId(task));
      task.setVariableLocal(PROPOSALS, choices.proposalTable(
          "Ұсыныс жоқ: тізімнен басқа тәлімгерді таңдап, себебін жазыңыз / Предложений нет: выберите другого "
              + "наставника из списка и укажите причину",
          List.of("Id", "Тәлімгер / Наставник", "Өңір / Регион", "Ұйым / Организация", "Бағыты / Направление",
              "Орын / Мест"),
          m -> List.of(m.getId(), m.getFullName(), m.getRegion().displayName(), m.getOrganisation(), m.getExpertise(),
              m.placesLeft())));
      task.setVariableLocal(OPTIONS, choices.formOptions(m -> m.getFullName() + " · " + m.getRegion().displayName()
          + " · " + m.getOrganisation() + " · бос орын / мест: " + m.placesLeft()));
    };
  }

  /** On completion: the coordinator's choice, checked and recorded; the mentor's contact for the mail. */
  @Bean
  TaskListener recordMentorAssignment(MentorMatching matching) {
    return (DelegateTask task) -> {
      Mentor mentor = matching.choose(CandidateJourney.applicationId(task), matching.chosenOn(task));
      task.getExecution().setVariable("mentorName", mentor.getFullName());
      task.getExecution().setVariable("mentorOrganisation", mentor.getOrganisation());
      task.getExecution().setVariable("mentorEmail", mentor.getEmail());
    };
  }
}
