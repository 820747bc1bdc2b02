package kz.edu.leaders.identity;

import java.util.Set;

/**
 * Task-local variables that show personal data to the person working the task: a candidate's, or
 * staff's and reservists' on a form's list to choose from. They
 * live only while the task is open and are never written to history.
 */
public final class PersonalDataVariables {

  public static final String CANDIDATE_FULL_NAME = "candidateFullName";
  public static final String CANDIDATE_IIN = "candidateIin";
  public static final String CANDIDATE_BIRTH_DATE = "candidateBirthDate";
  public static final String CANDIDATE_POST = "candidatePost";
  public static final String CANDIDATE_ORGANISATION_TYPE = "candidateOrganisationType";
  public static final String CANDIDATE_ORGANISATION = "candidateOrganisation";
  public static final String CANDIDATE_EXPERIENCE_YEARS = "candidateExperienceYears";
  /** A report the candidate wrote (internship, final assessment): kept in the application's tables. */
  public static final String CANDIDATE_REPORT = "candidateReport";
  /** Regional HR's shortlist of reservists for a vacancy, with their names. */
  public static final String RESERVIST_SHORTLIST = "reservistShortlist";

  /** Links to the candidate's documents on the screening form: their file names may carry names. */
  public static final String CANDIDATE_DOCUMENTS = "candidateDocuments";

  /** The vacancy form's list of the shortlisted reservists to choose from. */
  public static final String RESERVIST_OPTIONS = "reservistOptions";
  /** The interview scheduling form's list of the commission's members (names) to choose from. */
  public static final String COMMISSION_OPTIONS = "commissionOptions";
  /** The Confirm ranking form's table: application numbers, masked IINs and scores of the ranked candidates. */
  public static final String RANKED_LIST = "rankedList";
  /** The Assign mentor form's list to choose from: mentors' names and organisations. */
  public static final String MENTOR_OPTIONS = "mentorOptions";
  /**
   * The Place intern form's list of host-school periods: no one's personal data, but like every list
   * to choose from it serves the open task only and is kept out of history.
   */
  public static final String HOST_SCHOOL_OPTIONS = "hostSchoolOptions";

  private static final Set<String> ALL = Set.of(CANDIDATE_FULL_NAME, CANDIDATE_IIN, CANDIDATE_BIRTH_DATE,
      CANDIDATE_POST, CANDIDATE_ORGANISATION_TYPE, CANDIDATE_ORGANISATION, CANDIDATE_EXPERIENCE_YEARS, CANDIDATE_REPORT,
      RESERVIST_SHORTLIST, CANDIDATE_DOCUMENTS, MENTOR_OPTIONS, HOST_SCHOOL_OPTIONS, RESERVIST_OPTIONS,
      COMMISSION_OPTIONS, RANKED_LIST);

  private PersonalDataVariables() {
  }

  public static boolean isPersonal(String variableName) {
    return ALL.contains(variableName);
  }
}
