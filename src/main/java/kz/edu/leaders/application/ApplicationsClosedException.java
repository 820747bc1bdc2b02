package kz.edu.leaders.application;

import java.time.LocalDate;

/** No cohort takes applications on this day. */
public class ApplicationsClosedException extends RuntimeException {

  public ApplicationsClosedException(LocalDate day) {
    super("Applications are closed: no cohort takes applications on " + day);
  }
}
