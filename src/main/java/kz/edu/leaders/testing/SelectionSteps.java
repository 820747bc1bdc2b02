package kz.edu.leaders.testing;

import kz.edu.leaders.cohort.CohortSelection;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.FormChoices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of {@code cohort-selection}; the work is in {@link RankingService}. */
@Configuration
class SelectionSteps {

  static final String RANKING_SUMMARY = "rankingSummary";
  static final String RANKING_CONFIRMED = "rankingConfirmed";
  static final String RANKED_LIST = PersonalDataVariables.RANKED_LIST;
  static final String RANKED_LIST_NOTE = "rankedListNote";

  @Bean
  JavaDelegate withdrawNoShows(RankingService ranking) {
    return execution -> ranking.withdrawNoShows(year(execution));
  }

  @Bean
  JavaDelegate proposeRanking(RankingService ranking) {
    return execution -> execution.setVariable(RANKING_SUMMARY, ranking.propose(year(execution)));
  }

  /**
   * Confirmation, on creation: the ranked list itself for the form's table (the first
   * {@value RankingService#SHOWN_ROWS} rows; the totals above cover everyone), on the task only.
   */
  @Bean
  TaskListener showRanking(RankingService ranking) {
    return (DelegateTask task) -> {
      RankingService.Shown shown = ranking.shown(year(task.getExecution()));
      task.setVariableLocal(RANKED_LIST, Variables.objectValue(shown.rows()).serializationDataFormat(FormChoices.JSON)
          .create());
      task.setVariableLocal(RANKED_LIST_NOTE, shown.rows().size() < shown.total()
          ? "Алғашқы " + shown.rows().size() + " / " + shown.total() + " жол көрсетілген; жиынтық барлығын қамтиды / "
              + "Показаны первые " + shown.rows().size() + " из " + shown.total() + " строк; итоги выше — по всем"
          : "Барлығы / Всего: " + shown.total());
    };
  }

  @Bean
  TaskListener recordRankingConfirmation(RankingService ranking) {
    return (DelegateTask task) -> {
      if (!Boolean.TRUE.equals(task.getVariable(RANKING_CONFIRMED))) {
        throw new FieldRefused(RANKING_CONFIRMED,
            "Тізімді растаңыз / Подтвердите список: tick the confirmation to publish the ranking");
      }
      if (task.getAssignee() == null) {
        throw new FieldRefused(RANKING_CONFIRMED,
            "Алдымен тапсырманы өзіңізге алыңыз / Сначала возьмите задачу (Claim)");
      }
      ranking.confirm(year(task.getExecution()), task.getAssignee());
    };
  }

  @Bean
  JavaDelegate publishRanking(RankingService ranking) {
    return execution -> ranking.publish(year(execution));
  }

  private static int year(DelegateExecution execution) {
    return CohortSelection.COHORT_YEAR.from(execution);
  }
}
