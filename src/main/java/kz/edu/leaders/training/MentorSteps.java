package kz.edu.leaders.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormChoices;
import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import kz.edu.leaders.journey.WithdrawalReaction;

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
      MentorMatching.Choices choices = matching.choices(applicationId(task));
      List<Mentor> proposals = choices.proposed();
      String table = proposals.isEmpty()
          ? "Ұсыныс жоқ: тізімнен басқа тәлімгерді таңдап, себебін жазыңыз / Предложений нет: выберите другого "
              + "наставника из списка и укажите причину"
          : "| Id | Тәлімгер / Наставник | Өңір / Регион | Ұйым / Организация | Бағыты / Направление | Орын / Мест |\n"
              + "|---|---|---|---|---|---|\n" + proposals.stream().map(m -> "| " + m.getId() + " | " + m.getFullName()
                  + " | " + m.getRegion().displayName() + " | " + m.getOrganisation() + " | " + m.getExpertise() + " | "
                  + m.placesLeft() + " |").collect(Collectors.joining("\n"));
      task.setVariableLocal(PROPOSALS, table);
      List<FormChoices.Option> options = new ArrayList<>();
      proposals.forEach(m -> options.add(option("Ұсыныс / Предложение", m)));
      choices.others().forEach(m -> options.add(option("Басқа, себебімен / Другой, с причиной", m)));
      task.setVariableLocal(OPTIONS, FormChoices.options(options));
    };
  }

  /** On completion: the coordinator's choice, checked and recorded; the mentor's contact for the mail. */
  @Bean
  TaskListener recordMentorAssignment(MentorMatching matching) {
    return (DelegateTask task) -> {
      Object reason = task.getVariable(CoordinatorChoice.OVERRIDE_REASON);
      Mentor mentor = matching.assign(applicationId(task), FormChoices.id(task.getVariable(MENTOR_ID)),
          reason == null ? null : reason.toString(), task.getAssignee());
      task.getExecution().setVariable("mentorName", mentor.getFullName());
      task.getExecution().setVariable("mentorOrganisation", mentor.getOrganisation());
      task.getExecution().setVariable("mentorEmail", mentor.getEmail());
    };
  }

  private static FormChoices.Option option(String kind, Mentor m) {
    return new FormChoices.Option(kind + ": " + m.getFullName() + " · " + m.getRegion().displayName() + " · "
        + m.getOrganisation() + " · бос орын / мест: " + m.placesLeft(), String.valueOf(m.getId()));
  }

  private static long applicationId(DelegateTask task) {
    return ((Number) task.getVariable(CandidateJourney.APPLICATION_ID)).longValue();
  }
}
