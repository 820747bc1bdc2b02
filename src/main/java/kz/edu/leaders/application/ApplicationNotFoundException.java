package kz.edu.leaders.application;

import kz.edu.leaders.config.RequestRefused;

public class ApplicationNotFoundException extends RequestRefused.NotFound {

  public ApplicationNotFoundException(String applicationNumber) {
    super("No application " + applicationNumber);
  }
}
