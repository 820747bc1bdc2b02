package kz.edu.leaders.application;

/** The same person has already applied in this cohort. */
public class DuplicateApplicationException extends RuntimeException {

  public DuplicateApplicationException(int cohortYear) {
    super("An application with this IIN already exists in the " + cohortYear + " cohort");
  }
}
