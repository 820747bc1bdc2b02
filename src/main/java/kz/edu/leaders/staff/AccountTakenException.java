package kz.edu.leaders.staff;

import kz.edu.leaders.application.ApplicationStateException;

/** One account, one registry entry: the account is already another mentor's or host school's (409). */
public class AccountTakenException extends ApplicationStateException {

  public AccountTakenException(String message) {
    super(message);
  }
}
