package kz.edu.leaders.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import kz.edu.leaders.config.RequestRefused;

/** The same person has already applied in this cohort. */
public class DuplicateApplicationException extends RequestRefused {

  public DuplicateApplicationException(int cohortYear) {
    this("An application with this IIN already exists in the " + cohortYear + " cohort");
  }

  private DuplicateApplicationException(String message) {
    super(HttpStatus.CONFLICT, message, List.of(new FieldProblem("iin", message)));
  }
}
