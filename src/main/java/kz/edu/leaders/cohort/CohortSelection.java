package kz.edu.leaders.cohort;

/** The {@code cohort-selection} process: one per cohort, business key {@code cohort-YYYY}. */
public final class CohortSelection {

  public static final String PROCESS_KEY = "cohort-selection";
  public static final String COHORT_YEAR = "cohortYear";
  /** Set when the API registered the cohort before starting the process. */
  public static final String REGISTERED_BY_API = "registeredByApi";
  public static final String TEST_WINDOW_CLOSED = "Event_TestWindowClosed";
  public static final String RANKING_DAY = "Event_RankingDay";

  private CohortSelection() {
  }

  public static String businessKey(int year) {
    return "cohort-" + year;
  }
}
