package kz.edu.leaders.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.config.RequestRefused;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Leaving the start event of {@code cohort-selection}: registers the cohort a process owner described
 * in the Tasklist start form. A refusal names the form field, and nothing is started.
 */
@Component("registerCohort")
public class RegisterCohort implements ExecutionListener {

  /** The start form's field for a region's seats: this, then the region's name. */
  static final String QUOTA_FIELD = "quota_";

  private final CohortService cohorts;

  public RegisterCohort(CohortService cohorts) {
    this.cohorts = cohorts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (CohortSelection.REGISTERED_BY_API.optionalFrom(execution).orElse(false)) {
      return;
    }
    CohortSpec spec = new CohortSpec(number(execution, CohortSelection.COHORT_YEAR.name()),
        date(execution, "applicationsOpen"), date(execution, "applicationsClose"),
        date(execution, "screeningDeadline"), date(execution, "testWindowStart"), date(execution, "testWindowEnd"),
        date(execution, "rankingDate"), number(execution, "trainingCapacity"), number(execution, "resubmissionDays"),
        quotas(execution));
    try {
      cohorts.register(spec);
    } catch (CohortInvalidException e) {
      RequestRefused.FieldProblem first = e.problems().get(0);
      throw new FieldRefused(first.field(), first.message());
    } catch (CohortService.CohortExistsException e) {
      throw new FieldRefused(CohortSelection.COHORT_YEAR.name(), e.getMessage());
    }
  }

  private static Integer number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new FieldRefused(name, "Бүтін сан енгізіңіз / Введите целое число");
    }
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new FieldRefused(name, "Күнді көрсетіңіз / Укажите дату");
    }
    try {
      return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
    } catch (DateTimeParseException e) {
      throw new FieldRefused(name, "Күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз / Укажите дату в виде ГГГГ-ММ-ДД");
    }
  }

  /** One number field per region on the form ({@code quota_TURKISTAN}); a region left empty has no quota. */
  private static Map<String, Integer> quotas(DelegateExecution execution) {
    Map<String, Integer> quotas = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      Integer seats = number(execution, QUOTA_FIELD + region.name());
      if (seats != null) {
        quotas.put(region.name(), seats);
      }
    }
    return quotas;
  }
}
