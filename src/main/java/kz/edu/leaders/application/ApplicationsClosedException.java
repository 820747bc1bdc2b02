package kz.edu.leaders.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import java.time.LocalDate;
import kz.edu.leaders.config.RequestRefused;

/** No cohort takes applications on this day. */
public class ApplicationsClosedException extends RequestRefused {

  private static final String FIELD = "cohort";

  public ApplicationsClosedException(LocalDate day) {
    this("Applications are closed: no cohort takes applications on " + day);
  }

  private ApplicationsClosedException(String message) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, message, List.of(new FieldProblem(FIELD, message)));
  }
}
