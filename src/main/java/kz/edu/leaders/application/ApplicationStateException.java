package kz.edu.leaders.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import kz.edu.leaders.config.RequestRefused;

/** The request does not fit where the candidate's journey stands. */
public class ApplicationStateException extends RequestRefused {

  public ApplicationStateException(String message) {
    super(HttpStatus.CONFLICT, message);
  }

  /** A request whose field is at fault, whatever the journey's state. */
  public static class InvalidRequest extends RequestRefused {

    private final String field;

    public InvalidRequest(String field, String message) {
      super(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new FieldProblem(field, field + ": " + message)));
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
