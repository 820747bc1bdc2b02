package kz.edu.leaders.appointment;

import static kz.edu.leaders.journey.ProcessVariable.longVariable;
import static kz.edu.leaders.journey.ProcessVariable.stringVariable;

import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.journey.ProcessVariable;

/** The {@code vacancy-appointment} process, one per vacancy (business key {@code vacancy-<id>}): key and variables. */
public final class VacancyAppointment {

  public static final String PROCESS_KEY = "vacancy-appointment";
  public static final String BUSINESS_KEY_PREFIX = "vacancy-";

  public static final ProcessVariable<Long> VACANCY_ID = longVariable("vacancyId");
  /** For the task routing and the mails. */
  public static final String SCHOOL_NAME = "schoolName";
  public static final String POST_KK = "postNameKk";
  public static final String POST_RU = "postNameRu";
  public static final String KELESHEK = "keleshek";
  /** Regional HR's choice form: the shortlist shown (task-local, with names), and the choice. */
  public static final String SHORTLIST = PersonalDataVariables.RESERVIST_SHORTLIST;
  public static final String CHOICE = "hrChoice";
  public static final String CHOSEN = "chosenApplicationNumber";
  /** The form's list of the shortlisted reservists to choose from (their names: personal data). */
  public static final String OPTIONS = PersonalDataVariables.RESERVIST_OPTIONS;
  public static final String COMPETITION_NOTE = "competitionNote";
  /** The offer: its id and when the answer is due (for the mail and the timer). */
  public static final ProcessVariable<Long> OFFER_ID = longVariable("offerId");
  public static final ProcessVariable<String> ANSWER_DUE = stringVariable("answerDue");
  public static final String MESSAGE_OFFER_ANSWERED = "OfferAnswered";
  public static final String OFFER_ACCEPTED = "offerAccepted";
  /** The appointment order, from HR's form. */
  public static final String ORDER_NUMBER = "orderNumber";
  public static final String ORDER_DATE = "orderDate";
  /** Or the post cannot go to this reservist after all (they left, or cannot take it), and why. */
  public static final String ORDER_OUTCOME = "orderOutcome";
  public static final String UNAVAILABLE_NOTE = "unavailableNote";

  private VacancyAppointment() {
  }
}
