package kz.edu.leaders.appointment;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormChoices;
import kz.edu.leaders.journey.WithdrawalReaction;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the vacancy-appointment process; the work is in {@link Appointments}. */
@Configuration
class AppointmentSteps {

  static final String ANSWER_DUE_AT = "answerDueAt";

  /** A reservist who leaves gives back an offered post to HR. */
  @Bean
  WithdrawalReaction releaseOfferedPosts(Appointments appointments) {
    return appointments::releaseOffersOf;
  }

  /** HR's choice, on creation: the shortlist with names and scores (task-local, kept out of history). */
  @Bean
  TaskListener proposeReservists(Appointments appointments) {
    return (DelegateTask task) -> {
      Shortlist.Proposal proposal = appointments.shortlistFor(vacancyId(task));
      String table = proposal.entries().isEmpty()
          ? "Резервте сай келетін ешкім жоқ / В резерве нет подходящих кандидатов: send the post to the competition"
          : "| № | Өтінім / Заявка | Резервист | Өңір / Регион | Бұрынғы лауазым / Прежняя должность | Балл | Кезек / Очередь |\n"
              + "|---|---|---|---|---|---|---|\n" + proposal.entries().stream().map(e -> "| " + e.position() + " | "
                  + e.applicationNumber() + " | " + e.fullName() + " | " + e.region() + " | " + e.formerPost() + " | "
                  + e.score() + " | " + e.tier() + " |").collect(Collectors.joining("\n"))
              + "\n\n" + proposal.rule();
      task.setVariableLocal(VacancyAppointment.SHORTLIST, table);
      task.setVariableLocal(VacancyAppointment.OPTIONS, FormChoices.options(proposal.entries().stream()
          .map(e -> new FormChoices.Option(e.position() + ". " + e.fullName() + " · " + e.applicationNumber() + " · "
              + e.region() + " · " + e.formerPost() + " · балл: " + e.score(), e.applicationNumber()))
          .toList()));
    };
  }

  /** HR's choice, on completion: the offer made (who, until when), or the vacancy sent to the competition. */
  @Bean
  TaskListener recordHrChoice(Appointments appointments) {
    return (DelegateTask task) -> {
      HrChoice choice = HrChoice.from(task);
      if (choice.toCompetition()) {
        appointments.toCompetition(vacancyId(task), choice.competitionNote(), choice.officer());
      } else {
        VacancyOffer offer = appointments.offer(vacancyId(task), choice.chosenNumber(), choice.officer());
        var execution = task.getExecution();
        VacancyAppointment.OFFER_ID.set(execution, offer.getId());
        CandidateJourney.APPLICATION_ID.set(execution, offer.getApplicationId());
        CandidateJourney.APPLICATION_NUMBER.set(execution, choice.chosenNumber());
        execution.setVariable(ANSWER_DUE_AT, Date.from(offer.getAnswerDue()));
        VacancyAppointment.ANSWER_DUE.set(execution, ProgrammeClock.DAY_AND_TIME.format(offer.getAnswerDue()));
        // a new offer: the order form of an earlier round must not come back filled in
        execution.removeVariables(List.of(VacancyAppointment.ORDER_OUTCOME, VacancyAppointment.UNAVAILABLE_NOTE,
            VacancyAppointment.ORDER_NUMBER, VacancyAppointment.ORDER_DATE));
      }
    };
  }

  /** No answer in time: the offer lapses. */
  @Bean
  JavaDelegate expireOffer(Appointments appointments) {
    return (DelegateExecution execution) -> appointments.expire(offerId(execution));
  }

  /**
   * The appointment order, on completion: recorded, and the reservist leaves the reserve as appointed;
   * or the reservist cannot take the post after all, and HR chooses again.
   */
  @Bean
  TaskListener recordAppointmentOrder(Appointments appointments) {
    return (DelegateTask task) -> {
      AppointmentOrder order = AppointmentOrder.from(task);
      if (order.unavailable()) {
        appointments.releaseAccepted(offerId(task), order.unavailableNote(), order.officer());
      } else {
        task.getExecution().setVariable(VacancyAppointment.ORDER_OUTCOME, AppointmentOrder.APPOINTED);
        appointments.recordOrder(vacancyId(task), offerId(task), order.number(), order.date(), order.officer());
      }
    };
  }

  /** The reservist's journey waits in the reserve: it completes now, as appointed. */
  @Bean
  JavaDelegate closeReserveJourney(ApplicationRepository applications) {
    return (DelegateExecution execution) -> {
      Application appointed = applications.findById(CandidateJourney.applicationId(execution)).orElseThrow();
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(CandidateJourney.MESSAGE_RESERVIST_APPOINTED)
          .processInstanceId(appointed.getProcessInstanceId()).correlate();
    };
  }

  private static long vacancyId(VariableScope scope) {
    return VacancyAppointment.VACANCY_ID.from(scope);
  }

  private static long offerId(VariableScope scope) {
    return VacancyAppointment.OFFER_ID.from(scope);
  }
}
