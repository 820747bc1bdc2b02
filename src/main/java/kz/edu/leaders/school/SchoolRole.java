package kz.edu.leaders.school;

/** What a school in the one registry is for; a school can be both. */
public enum SchoolRole {
  /** In the ministry's registry (CSV import): its leadership vacancies are filled from the reserve. */
  VACANCIES,
  /** A leading school that hosts interns in its internship periods and evaluates their reports. */
  INTERNSHIPS
}
