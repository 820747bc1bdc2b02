package kz.edu.leaders.journey;

import kz.edu.leaders.config.FieldRefused;

/** A score typed into a task form: a whole number within its scale, or a refusal that names the field. */
public final class FormScore {

  private FormScore() {
  }

  public static int between(Object value, int min, int max, String field) {
    // compared as a double: a Long such as 4294967371 would wrap to 75 as an int
    if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
        || number.doubleValue() < min || number.doubleValue() > max) {
      throw new FieldRefused(field, min + "–" + max + " аралығындағы бүтін сан енгізіңіз / Введите целое число от "
          + min + " до " + max);
    }
    return number.intValue();
  }
}
