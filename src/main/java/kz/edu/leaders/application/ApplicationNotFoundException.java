package kz.edu.leaders.application;

import kz.edu.leaders.config.RequestRefused;

public class ApplicationNotFoundException extends RequestRefused.NotFound {

  public ApplicationNotFoundException(String applicationNumber) {
    super(applicationNumber + " нөмірлі өтінім жоқ / Заявки с номером " + applicationNumber + " нет");
  }
}
