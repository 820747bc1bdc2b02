package kz.edu.leaders.appointment;

/** The posts a reservist is appointed to without a competition. */
public enum LeadershipPost {
  DIRECTOR("Мектеп директоры", "Директор школы"),
  DEPUTY_DIRECTOR("Директордың орынбасары", "Заместитель директора");

  private final String kazakh;
  private final String russian;

  LeadershipPost(String kazakh, String russian) {
    this.kazakh = kazakh;
    this.russian = russian;
  }

  public String kazakh() {
    return kazakh;
  }

  public String russian() {
    return russian;
  }
}
