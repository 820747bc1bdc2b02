package kz.edu.leaders.config;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * One field of a form or request refused, with the message the person reads next to it. Services and
 * form readers throw it; the application API answers 400 naming the field ({@link ApiErrorHandler}), and
 * {@link SurfaceRefusedUserInput} hands it to the engine as its form-field refusal, so Tasklist shows it
 * against the field and the engine REST API answers 400.
 */
public class FieldRefused extends RequestRefused {

  private final String field;

  public FieldRefused(String field, String message) {
    super(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(field, message)));
    this.field = field;
  }

  public String field() {
    return field;
  }
}
