package kz.edu.leaders.application;

/** Where the candidate works: preschool, secondary school or vocational (TVET) organisation. */
public enum OrganisationType {
  PRESCHOOL,
  SCHOOL,
  TVET
}
