package kz.edu.leaders.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The candidate's 12-digit individual identification number: birth date YYMMDD, a century-and-sex
 * digit, a serial and a check digit (docs/DOMAIN.md). Personal data: log and list only {@link #mask}.
 */
public final class Iin {

  static final int MIN_AGE = 18;
  static final int MAX_AGE = 80;
  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private Iin() {
  }

  /** Why the value is not a valid IIN, or empty when it is. */
  public static Optional<String> problem(String iin) {
    if (iin == null || !iin.matches("\\d{12}")) {
      return Optional.of("ЖСН дәл 12 цифрдан тұруы керек / ИИН должен состоять ровно из 12 цифр");
    }
    if (birthDate(iin).isEmpty()) {
      return Optional.of("ЖСН жарамды туған күн мен ғасыр цифрынан басталмайды / ИИН не начинается с верной даты рождения и цифры века");
    }
    if (checkDigit(iin.substring(0, 11)).orElse(-1) != iin.charAt(11) - '0') {
      return Optional.of("ЖСН-нің бақылау цифры сәйкес емес / Контрольная цифра ИИН не совпадает");
    }
    return Optional.empty();
  }

  /**
   * Why the value cannot be an applicant's IIN on that day: not a valid IIN, or a birth date that makes
   * the person younger than {@value #MIN_AGE} or older than {@value #MAX_AGE}. Applicants are working
   * teachers and deputy heads: a teacher starts after a four-year degree, past 18, and the window is
   * wide above the retirement age (63) so that no real applicant is ever turned away by it.
   */
  public static Optional<String> problemOn(String iin, LocalDate today) {
    return problem(iin).or(() -> {
      LocalDate born = birthDate(iin).orElseThrow();
      if (born.isAfter(today)) {
        return Optional.of("ЖСН-дегі туған күн әлі келмеген / Дата рождения в ИИН ещё не наступила");
      }
      long age = ChronoUnit.YEARS.between(born, today);
      return age < MIN_AGE || age > MAX_AGE
          ? Optional.of("ЖСН бойынша өтініш беруші " + age + " жаста, ал өтініш берушілер " + MIN_AGE + "–" + MAX_AGE
              + " жаста / По ИИН заявителю " + age + " лет, а заявителям от " + MIN_AGE + " до " + MAX_AGE + " лет")
          : Optional.empty();
    });
  }

  public static boolean isValid(String iin) {
    return problem(iin).isEmpty();
  }

  /** The birth date the IIN encodes (digits 1-6 with the century from digit 7). */
  public static Optional<LocalDate> birthDate(String iin) {
    int centuryDigit = iin.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6) {
      return Optional.empty();
    }
    int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    try {
      return Optional.of(LocalDate.of(
          century + Integer.parseInt(iin.substring(0, 2)),
          Integer.parseInt(iin.substring(2, 4)),
          Integer.parseInt(iin.substring(4, 6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the IIN is a woman's: the seventh digit is even (2, 4, 6), a man's odd; empty when it is neither. */
  public static Optional<Boolean> female(String iin) {
    if (iin == null || iin.length() < 7 || iin.charAt(6) < '1' || iin.charAt(6) > '6') {
      return Optional.empty();
    }
    return Optional.of((iin.charAt(6) - '0') % 2 == 0);
  }

  /** The check digit for the first eleven digits, or empty when no digit is possible. */
  public static Optional<Integer> checkDigit(String firstElevenDigits) {
    int check = weightedSum(firstElevenDigits, FIRST_WEIGHTS) % 11;
    if (check == 10) {
      check = weightedSum(firstElevenDigits, SECOND_WEIGHTS) % 11;
    }
    return check == 10 ? Optional.empty() : Optional.of(check);
  }

  /**
   * A valid IIN for a birth date, sex and serial, or empty when no check digit fits that serial
   * (try the next one). For demo data and tests.
   */
  public static Optional<String> compose(LocalDate birthDate, boolean female, int serial) {
    int centuryDigit = 2 * ((birthDate.getYear() - 1800) / 100) + (female ? 2 : 1);
    String firstEleven = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
        birthDate.getDayOfMonth(), centuryDigit, serial % 10_000);
    return checkDigit(firstEleven).map(check -> firstEleven + check);
  }

  /** 871008401427 becomes 8710******27: enough to tell candidates apart, not to identify them. */
  public static String mask(String iin) {
    if (iin == null || iin.length() < 6) {
      return "******";
    }
    return iin.substring(0, 4) + "*".repeat(iin.length() - 6) + iin.substring(iin.length() - 2);
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
