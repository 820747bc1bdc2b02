package kz.edu.leaders.application;

/** Where the candidate works: preschool, secondary school or vocational (TVET) organisation. */
public enum OrganisationType {
  PRESCHOOL("Мектепке дейінгі ұйым / Дошкольная организация"),
  SCHOOL("Мектеп / Школа"),
  TVET("Колледж (ТжКБ) / Колледж (ТиПО)");

  private final String label;

  OrganisationType(String label) {
    this.label = label;
  }

  /** Kazakh / Russian, as reviewers read it on their forms. */
  public String label() {
    return label;
  }
}
