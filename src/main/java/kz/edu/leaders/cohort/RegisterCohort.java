package kz.edu.leaders.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.config.RequestRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Leaving the start event of {@code cohort-selection}: registers the cohort a process owner described
 * in the Tasklist start form. A refusal names the form field, and nothing is started.
 */
@Component("registerCohort")
public class RegisterCohort implements ExecutionListener {

  private final CohortService cohorts;

  public RegisterCohort(CohortService cohorts) {
    this.cohorts = cohorts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable(CohortSelection.REGISTERED_BY_API))) {
      return;
    }
    CohortSpec spec = new CohortSpec(number(execution, CohortSelection.COHORT_YEAR),
        date(execution, "applicationsOpen"), date(execution, "applicationsClose"),
        date(execution, "screeningDeadline"), date(execution, "testWindowStart"), date(execution, "testWindowEnd"),
        date(execution, "rankingDate"), number(execution, "trainingCapacity"), number(execution, "resubmissionDays"),
        quotas(execution));
    try {
      cohorts.register(spec);
    } catch (CohortInvalidException e) {
      RequestRefused.FieldProblem first = e.problems().get(0);
      throw new FormFieldValidationException(first.field(), first.field() + ": " + first.message());
    } catch (CohortService.CohortExistsException e) {
      throw new FormFieldValidationException(CohortSelection.COHORT_YEAR, e.getMessage());
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
      throw new FormFieldValidationException(name, name + ": must be a whole number");
    }
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new FormFieldValidationException(name, name + ": required");
    }
    try {
      return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(name, name + ": must be a date (YYYY-MM-DD)");
    }
  }

  /** "TURKISTAN=40, ALMATY=25" from the form's text field. */
  private static Map<String, Integer> quotas(DelegateExecution execution) {
    Object value = execution.getVariable("quotas");
    Map<String, Integer> quotas = new LinkedHashMap<>();
    if (value == null || value.toString().isBlank()) {
      return quotas;
    }
    for (String entry : value.toString().split("[,;\\n]")) {
      String[] parts = entry.split("=");
      if (parts.length != 2) {
        throw new FormFieldValidationException("quotas", "quotas: write them as REGION=seats, e.g. TURKISTAN=40");
      }
      try {
        quotas.put(parts[0].trim(), Integer.valueOf(parts[1].trim()));
      } catch (NumberFormatException e) {
        throw new FormFieldValidationException("quotas", "quotas: seats for " + parts[0].trim() + " must be a number");
      }
    }
    return quotas;
  }
}
