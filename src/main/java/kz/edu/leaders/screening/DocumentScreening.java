package kz.edu.leaders.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.document.DocumentKind;
import kz.edu.leaders.identity.PersonalDataVariables;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormText;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.staff.StaffRegistry;
import org.springframework.stereotype.Service;

/** Stage 0: a regional reviewer checks the candidate's documents: accepted, rejected or incomplete. */
@Service
public class DocumentScreening {

  static final int MIN_REASON_LENGTH = 10;
  /** What the results table keeps (stage_result.reason). */
  static final int MAX_REASON_LENGTH = 2000;

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final CohortService cohorts;
  private final StaffRegistry staff;
  private final Clock clock;

  public DocumentScreening(ApplicationRepository applications, StageResultRepository results, CohortService cohorts,
      StaffRegistry staff, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.cohorts = cohorts;
    this.staff = staff;
    this.clock = clock;
  }

  /** The reviewer's decision as the form submitted it. */
  public record Decision(Object outcome, String rejectionReason, String missingDocuments,
      Map<String, Boolean> checklist, String reviewer) {
  }

  /** What the decision leaves for the rest of the journey. */
  public record Decided(ScreeningOutcome outcome, LocalDate resubmissionDeadline) {
  }

  /** What the reviewer needs to see on the task, keyed by the form's variable names. */
  public Map<String, Object> candidateProfile(long applicationId) {
    Application application = application(applicationId);
    return Map.of(
        PersonalDataVariables.CANDIDATE_FULL_NAME, application.getName().fullName(),
        PersonalDataVariables.CANDIDATE_IIN, application.getIin(),
        // the birth date is only shown (nothing reads it back), as dates are written here: 10.10.1979
        PersonalDataVariables.CANDIDATE_BIRTH_DATE, Iin.birthDate(application.getIin()).orElseThrow().format(ProgrammeClock.DAY),
        PersonalDataVariables.CANDIDATE_POST, application.getCurrentPost().label(),
        PersonalDataVariables.CANDIDATE_ORGANISATION_TYPE, application.getOrganisationType().label(),
        PersonalDataVariables.CANDIDATE_ORGANISATION, application.getOrganisationName(),
        PersonalDataVariables.CANDIDATE_EXPERIENCE_YEARS, application.getYearsOfExperience());
  }

  /**
   * Checks the reviewer's decision and records it. A refused decision throws, naming the form field,
   * so the task stays open and the reviewer sees why in Tasklist.
   */
  public Decided decide(long applicationId, Decision decision) {
    ScreeningOutcome outcome = ScreeningOutcome.parse(decision.outcome()).orElseThrow(() ->
        new FieldRefused(CandidateJourney.DOCUMENTS_DECISION,
            "Шешімді таңдаңыз: қабылданды, қабылданбады немесе құжаттар толық емес / "
                + "Выберите решение: принято, отклонено или документы неполные"));
    if (decision.reviewer() == null) {
      throw new FieldRefused(CandidateJourney.DOCUMENTS_DECISION,
          "Алдымен тапсырманы өзіңізге алыңыз: шешім сіздің атыңызбен жазылады / "
              + "Сначала возьмите задачу себе: решение записывается под вашим именем");
    }
    String reason = switch (outcome) {
      case ACCEPTED -> {
        requireFullChecklist(decision.checklist());
        yield null;
      }
      case REJECTED -> required(decision.rejectionReason(), CandidateJourney.REJECTION_REASON,
          "Бас тарту себебін жазыңыз / Укажите причину отказа");
      case INCOMPLETE -> required(decision.missingDocuments(), CandidateJourney.MISSING_DOCUMENTS,
          "Қандай құжаттар жетіспейтінін жазыңыз / Укажите, каких документов не хватает");
    };
    Application application = application(applicationId);
    // whatever the engine let through: only the candidate's own region decides
    if (!staff.isInGroup(decision.reviewer(), Role.DOCUMENT_REVIEWERS.groupFor(application.getRegion()))) {
      throw new FieldRefused(CandidateJourney.DOCUMENTS_DECISION,
          "Бұл үміткерді өз өңірінің (" + application.getRegion().nameIn("kk") + ") сарапшылары қарайды / "
              + "Этого кандидата рассматривают рецензенты его региона (" + application.getRegion().nameIn("ru") + ")");
    }
    application.changeStatus(outcome.status());
    results.save(new StageResult(application.getId(), Stage.DOCUMENT_SCREENING, outcome.recorded(), reason,
        decision.reviewer(), clock.instant()));
    LocalDate deadline = outcome == ScreeningOutcome.INCOMPLETE
        ? LocalDate.now(clock)
            .plusDays(cohorts.find(application.getCohortYear()).getResubmissionDays())
        : null;
    return new Decided(outcome, deadline);
  }

  /**
   * Names the unticked items by their documents, in Kazakh then Russian (one " / " between the two:
   * Tasklist shows the reviewer's language only).
   */
  private static void requireFullChecklist(Map<String, Boolean> checklist) {
    List<DocumentKind> unticked = new ArrayList<>();
    for (int i = 0; i < CandidateJourney.DOCUMENT_CHECKLIST.size(); i++) {
      if (!Boolean.TRUE.equals(checklist.get(CandidateJourney.DOCUMENT_CHECKLIST.get(i)))) {
        unticked.add(DocumentKind.values()[i]);
      }
    }
    if (!unticked.isEmpty()) {
      throw new FieldRefused(CandidateJourney.DOCUMENT_CHECKLIST.get(unticked.get(0).ordinal()),
          "Қабылдау үшін тексеру парағында белгілеңіз: " + labels(unticked, 0)
              + " / Для принятия отметьте в чек-листе: " + labels(unticked, 1));
    }
  }

  /** The documents' labels in one language: 0 Kazakh, 1 Russian. */
  private static String labels(List<DocumentKind> kinds, int language) {
    return kinds.stream().map(kind -> "«" + kind.label().split(" / ")[language] + "»").collect(Collectors.joining(", "));
  }

  /** {@code ask} is "Kazakh / Russian"; each language gets the length it needs in its own words. */
  private static String required(String text, String field, String ask) {
    return FormText.between(text, MIN_REASON_LENGTH, MAX_REASON_LENGTH, field, ask);
  }

  private Application application(long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
  }
}
