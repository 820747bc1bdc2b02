package kz.edu.leaders.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.journey.AsTheApplication;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.journey.WithdrawalReason;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes in applications: stores the candidate and starts their journey in one transaction. */
@Service
public class ApplicationService {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);

  private final ApplicationRepository applications;
  private final ApplicationIds ids;
  private final RuntimeService runtimeService;
  private final AsTheApplication asTheApplication;
  private final CohortService cohorts;
  private final Clock clock;

  public ApplicationService(ApplicationRepository applications, ApplicationIds ids, RuntimeService runtimeService,
      AsTheApplication asTheApplication, CohortService cohorts, Clock clock) {
    this.applications = applications;
    this.ids = ids;
    this.runtimeService = runtimeService;
    this.asTheApplication = asTheApplication;
    this.cohorts = cohorts;
    this.clock = clock;
  }

  /**
   * Stores the application and starts {@code candidate-journey} with the application number as
   * business key. Either both happen or neither does.
   *
   * @throws ApplicationsClosedException when no cohort takes applications today
   * @throws DuplicateApplicationException when this IIN already applied in the current cohort
   */
  @Transactional
  public Application submit(NewApplication request) {
    LocalDate today = LocalDate.now(clock);
    return submitTo(cohorts.openOn(today).orElseThrow(() -> new ApplicationsClosedException(today)).getYear(), request);
  }

  /**
   * Into a given cohort, whatever today's date: for the demo's past cohort, which shows the later
   * points of the selection. The API only ever submits into the cohort open today.
   */
  @Transactional
  public Application submitTo(int cohortYear, NewApplication request) {
    Instant now = clock.instant();
    if (applications.existsByCohortYearAndIin(cohortYear, request.iin())) {
      throw new DuplicateApplicationException(cohortYear);
    }
    Application application = new Application(ids.next(), cohortYear, request.iin(), request.name(),
        Region.parse(request.region()).orElseThrow(), Post.valueOf(request.currentPost()),
        OrganisationType.valueOf(request.organisationType()), request.organisationName().trim(),
        request.yearsOfExperience(), request.email().trim(), request.normalisedPhone(), request.preferredLanguage(),
        now);
    try {
      applications.saveAndFlush(application);
    } catch (DataIntegrityViolationException raceWithSameIin) {
      // a concurrent submit of the same IIN won the unique constraint
      throw new DuplicateApplicationException(cohortYear);
    }
    // the journey is the platform's, started for the portal, which may not start it itself
    ProcessInstance journey = asTheApplication.run(() -> runtimeService.startProcessInstanceByKey(
        CandidateJourney.PROCESS_KEY, application.getApplicationNumber(), application.journeyVariables()));
    application.startedAs(journey.getId());
    LOG.info("Application {} received for {} (candidate {})", application.getApplicationNumber(),
        application.getRegion().displayName(), application.getMaskedIin());
    return application;
  }

  /** The candidate sent the documents a reviewer asked for: back to screening. */
  @Transactional
  public Application resubmitDocuments(String applicationNumber) {
    // the application's row before the engine's, as an upload and the new task's document list take them;
    // a second resubmission at once waits here, then finds the application back at screening
    Application application = locked(applicationNumber);
    if (application.getStatus() != ApplicationStatus.DOCUMENTS_INCOMPLETE) {
      throw new ApplicationStateException(applicationNumber + " өтінімі құжаттарды күтіп тұрған жоқ (күйі: "
          + application.getStatus() + ") / Заявка " + applicationNumber + " не ожидает документов (статус: "
          + application.getStatus() + ")");
    }
    application.changeStatus(ApplicationStatus.DOCUMENT_SCREENING);
    runAsTheApplication(() -> runtimeService.createMessageCorrelation(CandidateJourney.MESSAGE_DOCUMENTS_RESUBMITTED)
        .processInstanceBusinessKey(applicationNumber).correlate());
    return application;
  }

  /**
   * Ends the candidate's journey wherever it stands, at their request or by a coordinator's decision:
   * open tasks disappear with it, the reason is recorded and mailed.
   *
   * @param byCoordinator a coordinator's removal, which needs a reason; otherwise the candidate's own request
   */
  @Transactional
  public Application withdraw(String applicationNumber, boolean byCoordinator, String note, String requestedBy) {
    // a second request for the same candidate waits here, then finds them withdrawn: one withdrawal, one mail
    Application application = locked(applicationNumber);
    if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
      throw alreadyLeft(applicationNumber, ApplicationStatus.WITHDRAWN);
    }
    String reason = byCoordinator
        ? FormText.between(note, 10, 1500, "reason", "Үйлестірушінің шешімімен шығарудың себебін жазыңыз / "
            + "Напишите причину исключения по решению координатора")
        : FormText.between(note, 0, 1500, "reason", "Себебі тым ұзын / Причина слишком длинная");
    ApplicationStatus before = application.getStatus();
    application.changeStatus(ApplicationStatus.WITHDRAWN);
    int told = asTheApplication.run(() -> runtimeService.createMessageCorrelation(
            CandidateJourney.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceId(application.getProcessInstanceId())
        .setVariable(CandidateJourney.WITHDRAWAL_REQUESTED.name(),
            (byCoordinator ? WithdrawalReason.REMOVED_BY_COORDINATOR : WithdrawalReason.CANDIDATE_REQUEST).name())
        .setVariable(CandidateJourney.WITHDRAWAL_REQUESTED_BY.name(), requestedBy)
        .setVariable(CandidateJourney.WITHDRAWAL_NOTE.name(), reason.isEmpty() ? null : reason)
        .correlateAllWithResult().size());
    if (told == 0) {
      throw alreadyLeft(applicationNumber, before);
    }
    return application;
  }

  /** The candidate's journey has ended already: withdrawn, as the sentence says, or at another status, named. */
  private static ApplicationStateException alreadyLeft(String applicationNumber, ApplicationStatus status) {
    String where = status == ApplicationStatus.WITHDRAWN ? "" : " (" + status + ")";
    return new ApplicationStateException(applicationNumber + " өтінімі бойынша үміткер бағдарламадан шығып қойған"
        + where + " / Кандидат по заявке " + applicationNumber + " уже выбыл из программы" + where);
  }

  private void runAsTheApplication(Runnable step) {
    asTheApplication.run(() -> {
      step.run();
      return null;
    });
  }

  @Transactional(readOnly = true)
  /** The application, its row locked until the transaction ends (one change of its journey at a time). */
  private Application locked(String applicationNumber) {
    return applications.lockByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
  }

  public Application find(String applicationNumber) {
    return applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
  }

  /** The application, if this user may read applications of its region (403 otherwise). */
  public Application findReadable(String applicationNumber, CurrentUser user) {
    Application application = find(applicationNumber);
    if (!user.mayReadApplicationIn(application.getRegion())) {
      throw new AccessDeniedException("Сізге " + application.getRegion().nameIn("kk") + " өтінімдерін оқуға рұқсат жоқ / "
          + "Вам недоступны заявки региона: " + application.getRegion().nameIn("ru"));
    }
    return application;
  }
}
