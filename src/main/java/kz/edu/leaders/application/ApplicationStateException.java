package kz.edu.leaders.application;

import org.springframework.http.HttpStatus;
import kz.edu.leaders.config.RequestRefused;

/** The request does not fit where the candidate's journey stands. */
public class ApplicationStateException extends RequestRefused {

  public ApplicationStateException(String message) {
    super(HttpStatus.CONFLICT, message);
  }
}
