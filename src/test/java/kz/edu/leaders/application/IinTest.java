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
      "871008401428, ЖСН-нің бақылау цифры сәйкес емес / Контрольная цифра ИИН не совпадает",
      "87100840142, ЖСН дәл 12 цифрдан тұруы керек / ИИН должен состоять ровно из 12 цифр",
      "8710084014270, ЖСН дәл 12 цифрдан тұруы керек / ИИН должен состоять ровно из 12 цифр",
      "87100840142a, ЖСН дәл 12 цифрдан тұруы керек / ИИН должен состоять ровно из 12 цифр",
      "871308401427, ЖСН жарамды туған күн мен ғасыр цифрынан басталмайды / ИИН не начинается с верной даты рождения и цифры века",
      "870230401427, ЖСН жарамды туған күн мен ғасыр цифрынан басталмайды / ИИН не начинается с верной даты рождения и цифры века",
      "871008001427, ЖСН жарамды туған күн мен ғасыр цифрынан басталмайды / ИИН не начинается с верной даты рождения и цифры века",
      "871008701427, ЖСН жарамды туған күн мен ғасыр цифрынан басталмайды / ИИН не начинается с верной даты рождения и цифры века"})
  void explainsWhatIsWrong(String iin, String problem) {
    assertThat(Iin.problem(iin)).contains(problem);
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource({
      "2026-06-01, ЖСН-дегі туған күн әлі келмеген / Дата рождения в ИИН ещё не наступила",
      "2010-05-01, 'ЖСН бойынша өтініш беруші 16 жаста, ал өтініш берушілер 18–80 жаста / По ИИН заявителю 16 лет, а заявителям от 18 до 80 лет'",
      "1850-05-01, 'ЖСН бойынша өтініш беруші 176 жаста, ал өтініш берушілер 18–80 жаста / По ИИН заявителю 176 лет, а заявителям от 18 до 80 лет'",
      "1945-05-01, 'ЖСН бойынша өтініш беруші 81 жаста, ал өтініш берушілер 18–80 жаста / По ИИН заявителю 81 лет, а заявителям от 18 до 80 лет'"})
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
