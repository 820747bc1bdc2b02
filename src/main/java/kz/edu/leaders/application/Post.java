package kz.edu.leaders.application;

/** The candidate's current post: deputy heads since 2023, teachers too since 2024. */
public enum Post {
  DEPUTY_HEAD("Директор орынбасары / Заместитель директора"),
  TEACHER("Мұғалім / Учитель");

  private final String label;

  Post(String label) {
    this.label = label;
  }

  /** Kazakh / Russian, as reviewers read it on their forms. */
  public String label() {
    return label;
  }
}
