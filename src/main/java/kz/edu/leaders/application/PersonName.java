package kz.edu.leaders.application;

/** Surname, given name and, where the candidate has one, patronymic. */
public record PersonName(String lastName, String firstName, String middleName) {

  public String fullName() {
    return middleName == null || middleName.isBlank()
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + middleName;
  }
}
