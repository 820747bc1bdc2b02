package kz.edu.leaders.cohort;

import static kz.edu.leaders.journey.ProcessVariable.booleanVariable;
import static kz.edu.leaders.journey.ProcessVariable.intVariable;

import kz.edu.leaders.journey.ProcessVariable;

/** The {@code cohort-selection} process: one per cohort, business key {@code cohort-YYYY}. */
public final class CohortSelection {

  public static final String PROCESS_KEY = "cohort-selection";
  public static final ProcessVariable<Integer> COHORT_YEAR = intVariable("cohortYear");
  /** Set when the API registered the cohort before starting the process. */
  public static final ProcessVariable<Boolean> REGISTERED_BY_API = booleanVariable("registeredByApi");
  public static final String TEST_WINDOW_CLOSED = "Event_TestWindowClosed";
  public static final String RANKING_DAY = "Event_RankingDay";

  private CohortSelection() {
  }

  public static String businessKey(int year) {
    return "cohort-" + year;
  }
}
