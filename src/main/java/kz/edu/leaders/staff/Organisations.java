package kz.edu.leaders.staff;

import java.util.Locale;

/** The one comparison of organisation names that every conflict-of-interest rule uses. */
public final class Organisations {

  private Organisations() {
  }

  /** Two names of one organisation, as people type them (case and spacing aside). */
  public static boolean same(String one, String other) {
    return normalised(one).equals(normalised(other));
  }

  private static String normalised(String name) {
    return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
