package kz.edu.leaders.appointment;

import kz.edu.leaders.application.Outcome;

/** The posts a reservist is appointed to without a competition. */
public enum LeadershipPost {
  DIRECTOR("Мектеп директоры", "Директор школы", Outcome.DIRECTOR),
  DEPUTY_DIRECTOR("Директордың орынбасары", "Заместитель директора", Outcome.DEPUTY_DIRECTOR);

  private final String kazakh;
  private final String russian;
  private final Outcome appointed;

  LeadershipPost(String kazakh, String russian, Outcome appointed) {
    this.kazakh = kazakh;
    this.russian = russian;
    this.appointed = appointed;
  }

  /** The appointment's recorded outcome. */
  public Outcome appointed() {
    return appointed;
  }

  public String kazakh() {
    return kazakh;
  }

  public String russian() {
    return russian;
  }
}
