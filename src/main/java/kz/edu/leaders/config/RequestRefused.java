package kz.edu.leaders.config;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request refused for a reason the caller can fix. The exception carries its HTTP status and the
 * field(s) at fault, so each stage declares its own refusals and {@link ApiErrorHandler} knows none of them.
 */
public class RequestRefused extends RuntimeException {

  /** One field at fault, as the problem body's {@code errors} list names it. */
  public record FieldProblem(String field, String message) {
  }

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  public RequestRefused(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  public RequestRefused(HttpStatus status, String message, List<FieldProblem> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  /** The detail of a refusal whose fields each carry their own message. */
  public static String invalidFields(String fields) {
    return "Қате толтырылған өрістер: " + fields + " / Неверно заполнены поля: " + fields;
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The record asked for does not exist (404). */
  public static class NotFound extends RequestRefused {

    public NotFound(String message) {
      super(HttpStatus.NOT_FOUND, message);
    }
  }
}
