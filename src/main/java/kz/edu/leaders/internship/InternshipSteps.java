package kz.edu.leaders.internship;

import java.util.List;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.PassMarkAssessment;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.WithdrawalReaction;
import kz.edu.leaders.placement.Placements;
import kz.edu.leaders.school.School;
import kz.edu.leaders.staff.StaffRegistry;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorMeetings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the internship's user tasks: the coordinator's placement, the host school's
 * evaluation and the mentor's sign-off. The work is in the services they call.
 */
@Configuration
class InternshipSteps {
  /** A candidate who leaves frees their host school's place, if the period has not begun. */
  @Bean
  WithdrawalReaction freeInternshipPlace(InternshipPlacements placements) {
    return placements::release;
  }

  /**
   * Placement, on creation: the proposals, as a table on the form, and the form's list to choose from
   * (the proposals first, then every other period open to the candidate), on the task only.
   */
  @Bean
  TaskListener proposeHostSchools(InternshipPlacements placements) {
    return (DelegateTask task) -> {
      Placements.Choices<InternshipPeriod> choices = placements.choices(CandidateJourney.applicationId(task));
      task.setVariableLocal(Internship.PROPOSALS, choices.proposalTable(
          "Ұсыныс жоқ: тізімнен басқа кезеңді таңдап, себебін жазыңыз / Предложений нет: выберите другой период "
              + "из списка и укажите причину",
          List.of("Id", "Мектеп / Школа", "Өңір / Регион", "Кезең / Период", "Орын / Мест"),
          p -> List.of(p.getId(), p.getHostSchool().getName() + ", " + p.getHostSchool().getSettlement(),
              p.region().displayName(), p.getStartsOn() + " – " + p.getEndsOn(), p.placesLeft())));
      task.setVariableLocal(Internship.OPTIONS, choices.formOptions(p -> p.getHostSchool().getName() + ", "
          + p.getHostSchool().getSettlement() + " · " + p.region().displayName() + " · " + p.getStartsOn() + " – "
          + p.getEndsOn() + " · бос орын / мест: " + p.placesLeft()));
    };
  }

  /** Placement, on completion: the coordinator's choice, checked and recorded; where and when for the mail. */
  @Bean
  TaskListener recordPlacement(InternshipPlacements placements) {
    return (DelegateTask task) -> {
      InternshipPeriod period = placements.choose(CandidateJourney.applicationId(task), placements.chosenOn(task));
      Internship.HOST_SCHOOL_NAME.set(task.getExecution(),
          period.getHostSchool().getName() + ", " + period.getHostSchool().getSettlement());
      Internship.STARTS_ON.set(task.getExecution(), period.getStartsOn().toString());
      Internship.ENDS_ON.set(task.getExecution(), period.getEndsOn().toString());
    };
  }

  /** Evaluation, on creation: the report to read, and the task in the host school's own list (LinkedAccountTask). */
  @Bean
  TaskListener showReportToHostSchool(InternshipPlacements placements) {
    return (DelegateTask task) -> {
      InternshipPlacement placement = placements.of(CandidateJourney.applicationId(task)).orElseThrow();
      task.setVariableLocal(PersonalDataVariables.CANDIDATE_REPORT, placement.getReport());
      School school = placements.placeOf(placement).getHostSchool();
      LinkedAccountTask.route(task, school.getUserId(), school.getName(),
          "PUT /api/host-schools/" + school.getId() + "/user");
    };
  }

  /** Evaluation, on completion: scored against the pass mark (DMN), by the host school itself. */
  @Bean
  TaskListener recordInternshipEvaluation(InternshipPlacements placements, PassMarkAssessment assessment,
      StaffRegistry staff) {
    return (DelegateTask task) -> {
      long applicationId = CandidateJourney.applicationId(task);
      School school = placements.placeOf(placements.of(applicationId).orElseThrow()).getHostSchool();
      LinkedAccountTask.requireWorker(school.getUserId(), task.getAssignee(), Internship.SCORE, school.getName(), staff);
      PassMarkAssessment.Verdict verdict = assessment.assess(applicationId, Stage.INTERNSHIP, 1,
          new PassMarkAssessment.Form(Internship.SCORE, Internship.COMMENT).read(task));
      Internship.PASSED.set(task.getExecution(), verdict.outcome() == Outcome.PASSED);
      Internship.PASS_MARK.set(task.getExecution(), verdict.passMark());
    };
  }

  /** Sign-off, on creation: the meetings held and required, and the task in the mentor's own list (LinkedAccountTask). */
  @Bean
  TaskListener showMeetingsToMentor(MentorSignOff signOff, MentorMeetings meetings) {
    return (DelegateTask task) -> {
      long applicationId = CandidateJourney.applicationId(task);
      task.setVariableLocal(Internship.MEETINGS_HELD, meetings.held(applicationId));
      task.setVariableLocal(Internship.MEETINGS_REQUIRED, signOff.minimumMeetings());
      Mentor mentor = meetings.mentorOf(applicationId);
      LinkedAccountTask.route(task, mentor.getUserId(), mentor.getFullName(),
          "PUT /api/mentors/" + mentor.getId() + "/user");
    };
  }

  /** Sign-off, on completion: refused below the minimum number of meetings, or by anyone but the mentor. */
  @Bean
  TaskListener recordMentorSignOff(MentorSignOff signOff) {
    return (DelegateTask task) -> {
      long applicationId = CandidateJourney.applicationId(task);
      signOff.requireMentor(applicationId, task.getAssignee());
      if (!Boolean.TRUE.equals(task.getVariable(Internship.SIGN_OFF_CONFIRMED))) {
        throw new FieldRefused(Internship.SIGN_OFF_CONFIRMED,
            "Растау үшін «Тағылымдама аяқталғанын растаймын» белгісін қойыңыз / "
                + "Для подтверждения отметьте «Подтверждаю, что стажировка завершена»");
      }
      String comment = FormText.comment(task.getVariable(Internship.SIGN_OFF_COMMENT), Internship.SIGN_OFF_COMMENT);
      signOff.signOff(applicationId, comment, task.getAssignee());
    };
  }
}
