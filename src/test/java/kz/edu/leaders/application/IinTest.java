package kz.edu.leaders.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.edu.leaders.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

  @ParameterizedTest
  @ValueSource(strings = {"871008401427", "760212350620"})
  void acceptsTheDomainSamples(String iin) {
    assertThat(Iin.problem(iin)).isEmpty();
  }

  @Test
  void readsTheBirthDateWithItsCentury() {
    assertThat(Iin.birthDate("871008401427")).contains(LocalDate.of(1987, 10, 8));
    assertThat(Iin.birthDate("760212350620")).contains(LocalDate.of(1976, 2, 12));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "871008401428, check digit does not match",
      "87100840142, must be exactly 12 digits",
      "8710084014270, must be exactly 12 digits",
      "87100840142a, must be exactly 12 digits",
      "871308401427, does not start with a valid birth date and century digit",
      "870230401427, does not start with a valid birth date and century digit",
      "871008001427, does not start with a valid birth date and century digit",
      "871008701427, does not start with a valid birth date and century digit"})
  void explainsWhatIsWrong(String iin, String problem) {
    assertThat(Iin.problem(iin)).contains(problem);
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource({
      "2026-06-01, encodes a birth date in the future",
      "2010-05-01, encodes a birth date making the applicant 16: applicants are 18 to 80 years old",
      "1850-05-01, encodes a birth date making the applicant 176: applicants are 18 to 80 years old",
      "1945-05-01, encodes a birth date making the applicant 81: applicants are 18 to 80 years old"})
  void refusesBirthDatesNoApplicantHas(LocalDate birthDate, String problem) {
    assertThat(Iin.problemOn(TestApplications.iinBornOn(birthDate), LocalDate.of(2026, 5, 15))).contains(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2008-05-15", "1946-05-16", "1987-10-08"})
  void acceptsApplicantsFrom18To80(LocalDate birthDate) {
    assertThat(Iin.problemOn(TestApplications.iinBornOn(birthDate), LocalDate.of(2026, 5, 15))).isEmpty();
  }


  @Test
  void usesTheSecondWeightsWhenTheFirstSumGivesTen() {
    // 00000000010: first weights give 1 * 10 = 10, so the second weights decide: 1 * 1 = 1
    assertThat(Iin.checkDigit("00000000010")).contains(1);
  }

  @Test
  void composesValidIinsForAnyBirthDate() {
    int composed = 0;
    for (int serial = 1; serial < 200; serial++) {
      var iin = Iin.compose(LocalDate.of(2001, 2, 28), true, serial);
      if (iin.isPresent()) {
        composed++;
        assertThat(Iin.problem(iin.get())).isEmpty();
        assertThat(iin.get().charAt(6)).isEqualTo('6');
        assertThat(Iin.birthDate(iin.get())).contains(LocalDate.of(2001, 2, 28));
      }
    }
    // only serials whose check digit would be 10 twice have no IIN: the vast majority compose
    assertThat(composed).isGreaterThan(150);
  }

  @Test
  void masksAllButTheFirstFourAndLastTwoDigits() {
    assertThat(Iin.mask("871008401427")).isEqualTo("8710******27");
  }
}
