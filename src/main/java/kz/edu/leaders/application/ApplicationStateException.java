package kz.edu.leaders.application;

/** The request does not fit where the candidate's journey stands. */
public class ApplicationStateException extends RuntimeException {

  public ApplicationStateException(String message) {
    super(message);
  }
}
