package kz.edu.leaders.application;

public class ApplicationNotFoundException extends RuntimeException {

  public ApplicationNotFoundException(String applicationNumber) {
    super("No application " + applicationNumber);
  }
}
