package kz.edu.leaders.application;

/** The request does not fit where the candidate's journey stands. */
public class ApplicationStateException extends RuntimeException {

  public ApplicationStateException(String message) {
    super(message);
  }

  /** A request whose field is at fault, whatever the journey's state. */
  public static class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
