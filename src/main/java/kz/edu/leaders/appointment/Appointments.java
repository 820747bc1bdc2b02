package kz.edu.leaders.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.config.RequestRefused;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.reserve.Reserve;
import kz.edu.leaders.school.School;
import kz.edu.leaders.school.SchoolRepository;
import kz.edu.leaders.school.SchoolRole;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies and appointments without a competition: regional HR registers a vacancy, offers it to a
 * reservist from the shortlist, the reservist answers by the deadline, HR records the appointment
 * order; or, when nobody takes it, the vacancy goes to the ordinary competition.
 */
@Service
public class Appointments {

  /** A post that fell vacant a while ago may still be registered late, by a quarter at most. */
  static final Period OPENED_AT_MOST = Period.ofDays(90);

  private final VacancyRepository vacancies;
  private final VacancyOfferRepository offers;
  private final SchoolRepository schools;
  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final Shortlist shortlist;
  private final Reserve reserve;
  private final AppointmentCalendar calendar;
  private final RuntimeService runtimeService;
  private final AsTheApplication asTheApplication;
  private final Clock clock;

  public Appointments(VacancyRepository vacancies, VacancyOfferRepository offers, SchoolRepository schools,
      ApplicationRepository applications, StageResultRepository results, Shortlist shortlist, Reserve reserve,
      AppointmentCalendar calendar, RuntimeService runtimeService, AsTheApplication asTheApplication, Clock clock) {
    this.vacancies = vacancies;
    this.offers = offers;
    this.schools = schools;
    this.applications = applications;
    this.results = results;
    this.shortlist = shortlist;
    this.reserve = reserve;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.asTheApplication = asTheApplication;
    this.clock = clock;
  }

  /** Regional HR of the school's region (or an administrator) registers a vacancy; its process starts. */
  @Transactional
  public Vacancy register(long schoolId, LeadershipPost post, LocalDate opensOn, CurrentUser caller) {
    School school = schools.findById(schoolId)
        .orElseThrow(() -> new FieldRefused("schoolId",
            "Мұндай мектеп тізілімде жоқ / Такой школы нет в реестре"));
    if (!school.has(SchoolRole.VACANCIES)) {
      throw new FieldRefused("schoolId", "«" + school.getName() + "» тек базалық мектеп ретінде тіркелген, "
          + "министрліктің мектептер тізілімінде жоқ; бос лауазым тізілімдегі мектепке ғана тіркеледі / «"
          + school.getName() + "» зарегистрирована только как базовая школа и отсутствует в реестре школ "
          + "министерства; вакансия регистрируется только в школе из реестра");
    }
    if (!caller.has(Role.ADMINISTRATORS) && !caller.has(Role.REGIONAL_HR, school.getRegion())) {
      throw new AccessDeniedException("Бұл мектептің бос лауазымдарын тек " + Role.REGIONAL_HR.nameIn("kk") + " ("
          + school.getRegion().nameIn("kk") + ") тіркейді / Вакансии этой школы регистрирует только "
          + Role.REGIONAL_HR.nameIn("ru") + " (" + school.getRegion().nameIn("ru") + ")");
    }
    if (opensOn.isBefore(LocalDate.now(clock).minus(OPENED_AT_MOST))) {
      throw new FieldRefused("opensOn", "Бос лауазымның ашылған күні " + OPENED_AT_MOST.getDays()
          + " күннен ертерек болмауы керек / Дата открытия вакансии не может быть раньше, чем "
          + OPENED_AT_MOST.getDays() + " дней назад");
    }
    Vacancy vacancy = vacancies.save(new Vacancy(school, post, opensOn, caller.userId(), clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(VacancyAppointment.VACANCY_ID.name(), vacancy.getId());
    variables.put(CandidateJourney.REGION, school.getRegion().slug());
    variables.put(CandidateJourney.REGION_NAME.name(), school.getRegion().bilingualName());
    variables.put(VacancyAppointment.SCHOOL_NAME, school.getName() + ", " + school.getSettlement());
    variables.put(VacancyAppointment.POST_KK, post.kazakh());
    variables.put(VacancyAppointment.POST_RU, post.russian());
    variables.put(VacancyAppointment.KELESHEK, school.isKeleshek());
    String instanceId = asTheApplication.run(() -> runtimeService.startProcessInstanceByKey(
        VacancyAppointment.PROCESS_KEY, VacancyAppointment.BUSINESS_KEY_PREFIX + vacancy.getId(), variables).getId());
    vacancy.startedAs(instanceId);
    return vacancy;
  }

  @Transactional(readOnly = true)
  public Vacancy vacancy(long vacancyId) {
    return vacancies.findById(vacancyId).orElseThrow(() -> new VacancyNotFoundException(vacancyId));
  }

  public static class VacancyNotFoundException extends RequestRefused.NotFound {

    VacancyNotFoundException(long id) {
      super("Бос лауазым " + id + " табылмады / Вакансия " + id + " не найдена");
    }
  }

  @Transactional
  public Shortlist.Proposal shortlistFor(long vacancyId) {
    return shortlist.propose(vacancy(vacancyId));
  }

  /** HR sends the vacancy to the ordinary competition, saying why ({@link HrChoice}). */
  @Transactional
  public void toCompetition(long vacancyId, String why, String officer) {
    vacancy(vacancyId).toCompetition(why + " (" + officer + ")", clock.instant());
  }

  /**
   * HR's offer: a reservist from the shortlist gets it, never one who holds another open offer,
   * whatever the concurrency.
   *
   * @param chosenNumber the application number as chosen on the form ({@link HrChoice})
   */
  @Transactional
  public VacancyOffer offer(long vacancyId, String chosenNumber, String officer) {
    Shortlist.Entry chosen = shortlistFor(vacancyId).entries().stream()
        .filter(entry -> entry.applicationNumber().equals(chosenNumber)).findFirst()
        .orElseThrow(() -> new FieldRefused(VacancyAppointment.CHOSEN, chosenNumber.isEmpty()
            ? "Қысқа тізімнен резервистті таңдаңыз / Выберите резервиста из короткого списка"
            : chosenNumber + " қысқа тізімде жоқ; қысқа тізімнен резервистті таңдаңыз / "
                + chosenNumber + " нет в коротком списке; выберите резервиста из короткого списка"));
    // another officer offering this reservist a post at the same moment waits here for our decision;
    // the unique key on open offers stays the last line of defence
    if (!reserve.lockValid(chosen.applicationId()) || offers.existsByOpenForApplicationId(chosen.applicationId())) {
      throw new FieldRefused(VacancyAppointment.CHOSEN, chosenNumber
          + " резервистке жаңа ғана басқа лауазым ұсынылды; басқа резервистті таңдаңыз / Резервисту " + chosenNumber
          + " только что предложена другая должность; выберите другого резервиста");
    }
    return offers.saveAndFlush(new VacancyOffer(vacancyId, chosen.applicationId(), officer, clock.instant(),
        calendar.answerDueFromNow()));
  }

  /** The reservist's answer (portal), while the offer is open and before its deadline. */
  @Transactional
  public VacancyOffer answer(String applicationNumber, Boolean accept) {
    if (accept == null) {
      throw new FieldRefused("accept", "Ұсынылған лауазымды қабылдайсыз ба, жоқ па, таңдаңыз / "
          + "Выберите, принимаете ли вы предложенную должность");
    }
    Application application = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    VacancyOffer offer = offers.findFirstByApplicationIdAndStatusIn(application.getId(),
            List.of(VacancyOffer.Status.PENDING))
        .orElseThrow(() -> new ApplicationStateException(applicationNumber
            + " өтінімі бойынша жауап күтіп тұрған ұсыныс жоқ / По заявке " + applicationNumber
            + " нет предложения, ожидающего ответа"));
    if (clock.instant().isAfter(offer.getAnswerDue())) {
      String due = ProgrammeClock.DAY_AND_TIME.format(offer.getAnswerDue());
      throw new ApplicationStateException(applicationNumber + " өтінімі бойынша ұсынысқа жауап беру мерзімі " + due
          + " (Астана уақыты) өтіп кетті / Срок ответа на предложение по заявке " + applicationNumber + " истёк "
          + due + " (время Астаны)");
    }
    offer.answer(accept, clock.instant());
    String instanceId = vacancy(offer.getVacancyId()).getProcessInstanceId();
    int told = asTheApplication.run(() -> runtimeService.createMessageCorrelation(
            VacancyAppointment.MESSAGE_OFFER_ANSWERED).processInstanceId(instanceId)
        .setVariable(VacancyAppointment.OFFER_ACCEPTED, accept).correlateAllWithResult().size());
    if (told == 0) {
      throw new ApplicationStateException(applicationNumber + " өтінімі бойынша ұсыныс енді жарамсыз / "
          + "Предложение по заявке " + applicationNumber + " больше не действует");
    }
    return offer;
  }

  /** No answer by the deadline: the offer lapses and the reservist may be offered other posts. */
  @Transactional
  public void expire(long offerId) {
    VacancyOffer offer = offers.findById(offerId).orElseThrow();
    if (offer.getStatus() == VacancyOffer.Status.PENDING) {
      offer.close(VacancyOffer.Status.EXPIRED);
    }
  }

  /**
   * The reservist who accepted cannot take the post after all (they left the programme, their term
   * ended, or they withdrew their acceptance): HR says why, and chooses again.
   */
  @Transactional
  public void releaseAccepted(long offerId, String why, String officer) {
    VacancyOffer offer = offers.findById(offerId).orElseThrow();
    offer.close(VacancyOffer.Status.RELEASED);
    results.save(new StageResult(offer.getApplicationId(), Stage.APPOINTMENT, Outcome.RELEASED,
        "vacancy " + offer.getVacancyId() + ": " + why, officer, clock.instant()));
  }

  /**
   * The reservist left the programme: an offer they hold is released; one still waiting for their
   * answer goes back to HR at once instead of lapsing at its deadline.
   */
  @Transactional
  public void releaseOffersOf(long applicationId) {
    offers.findByOpenForApplicationId(applicationId).ifPresent(offer -> {
      boolean waiting = offer.getStatus() == VacancyOffer.Status.PENDING;
      offer.close(VacancyOffer.Status.RELEASED);
      if (waiting) {
        runtimeService.createMessageCorrelation(VacancyAppointment.MESSAGE_OFFER_ANSWERED)
            .processInstanceId(vacancy(offer.getVacancyId()).getProcessInstanceId())
            .setVariable(VacancyAppointment.OFFER_ACCEPTED, false).correlateAllWithResult();
      }
    });
  }

  /**
   * The appointment order: the reservist leaves the reserve as appointed (once, even when two officers
   * record orders for them at once), the vacancy closes, and the result is recorded.
   *
   * @return the appointed application's id
   */
  @Transactional
  public long recordOrder(long vacancyId, long offerId, String number, LocalDate date, String officer) {
    Vacancy vacancy = vacancy(vacancyId);
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      throw new FieldRefused(VacancyAppointment.ORDER_DATE,
          "Бұйрық күні бүгіннен кейін болмауы керек / Дата приказа не может быть позже сегодняшнего дня");
    }
    VacancyOffer offer = offers.findById(offerId).orElseThrow();
    if (!reserve.appoint(offer.getApplicationId(), vacancyId)) {
      throw new FieldRefused(VacancyAppointment.ORDER_NUMBER,
          "Резервист енді кадрлық резервте емес (басқа жерге тағайындалды, мерзімі өтті немесе бағдарламадан шықты) / "
              + "Резервиста больше нет в кадровом резерве (назначен(а) в другом месте, срок истёк или выбыл(а))");
    }
    // appointing cleared the persistence context: load what changes afresh
    vacancies.findById(vacancyId).orElseThrow().appoint(offer.getApplicationId(), number, date, clock.instant());
    offers.findById(offerId).orElseThrow().close(VacancyOffer.Status.APPOINTED);
    applications.findById(offer.getApplicationId()).orElseThrow().changeStatus(ApplicationStatus.APPOINTED);
    results.save(new StageResult(offer.getApplicationId(), Stage.APPOINTMENT, vacancy.getPost().appointed(),
        vacancy.getSchool().getName() + ", " + vacancy.getSchool().getSettlement()
            + (vacancy.getSchool().isKeleshek() ? " (Келешек)" : "") + "; order " + number + " of " + date,
        officer, clock.instant()));
    return offer.getApplicationId();
  }
}
