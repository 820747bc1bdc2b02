package kz.edu.leaders.testing;

import kz.edu.leaders.cohort.CohortSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of {@code cohort-selection}; the work is in {@link RankingService}. */
@Configuration
class SelectionSteps {

  static final String RANKING_SUMMARY = "rankingSummary";
  static final String RANKING_CONFIRMED = "rankingConfirmed";

  @Bean
  JavaDelegate withdrawNoShows(RankingService ranking) {
    return execution -> ranking.withdrawNoShows(year(execution));
  }

  @Bean
  JavaDelegate proposeRanking(RankingService ranking) {
    return execution -> execution.setVariable(RANKING_SUMMARY, ranking.propose(year(execution)));
  }

  @Bean
  TaskListener recordRankingConfirmation(RankingService ranking) {
    return (DelegateTask task) -> {
      if (!Boolean.TRUE.equals(task.getVariable(RANKING_CONFIRMED))) {
        throw new FormFieldValidationException(RANKING_CONFIRMED,
            "Тізімді растаңыз / Подтвердите список: tick the confirmation to publish the ranking");
      }
      if (task.getAssignee() == null) {
        throw new FormFieldValidationException(RANKING_CONFIRMED,
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
    return ((Number) execution.getVariable(CohortSelection.COHORT_YEAR)).intValue();
  }
}
