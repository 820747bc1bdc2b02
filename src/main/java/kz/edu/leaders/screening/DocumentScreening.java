package kz.edu.leaders.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.journey.PersonalDataVariables;
import kz.edu.leaders.journey.CandidateJourney;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;

/** Stage 0: a regional reviewer checks the candidate's documents and accepts or rejects them. */
@Service
public class DocumentScreening {

  static final String STAGE = "DOCUMENT_SCREENING";
  static final int MIN_REASON_LENGTH = 10;

  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final Clock clock;

  public DocumentScreening(ApplicationRepository applications, StageResultRepository results, Clock clock) {
    this.applications = applications;
    this.results = results;
    this.clock = clock;
  }

  /** What the reviewer needs to see on the task, keyed by the form's variable names. */
  public Map<String, Object> candidateProfile(long applicationId) {
    Application application = application(applicationId);
    return Map.of(
        PersonalDataVariables.CANDIDATE_FULL_NAME, application.getName().fullName(),
        PersonalDataVariables.CANDIDATE_IIN, application.getIin(),
        PersonalDataVariables.CANDIDATE_BIRTH_DATE, Iin.birthDate(application.getIin()).orElseThrow().toString(),
        PersonalDataVariables.CANDIDATE_POST, application.getCurrentPost().label(),
        PersonalDataVariables.CANDIDATE_ORGANISATION_TYPE, application.getOrganisationType().label(),
        PersonalDataVariables.CANDIDATE_ORGANISATION, application.getOrganisationName(),
        PersonalDataVariables.CANDIDATE_EXPERIENCE_YEARS, application.getYearsOfExperience());
  }

  /**
   * Checks the reviewer's decision and records it. A refused decision throws, so the task stays open
   * and the reviewer sees why in Tasklist.
   *
   * @param checklist the checklist items by name, {@code true} when ticked
   */
  public ScreeningOutcome decide(long applicationId, Object decision, String reason, Map<String, Boolean> checklist,
      String reviewer) {
    ScreeningOutcome outcome = ScreeningOutcome.parse(decision).orElseThrow(() -> new FormFieldValidationException(
        CandidateJourney.DOCUMENTS_DECISION, "Шешімді таңдаңыз / Выберите решение: accepted or rejected"));
    if (reviewer == null) {
      throw new FormFieldValidationException(CandidateJourney.DOCUMENTS_DECISION,
          "Алдымен тапсырманы өзіңізге алыңыз / Сначала возьмите задачу (Claim): the decision carries your name");
    }
    String trimmedReason = reason == null ? "" : reason.trim();
    if (outcome == ScreeningOutcome.ACCEPTED) {
      List<String> unticked = checklist.entrySet().stream().filter(item -> !Boolean.TRUE.equals(item.getValue()))
          .map(Map.Entry::getKey).sorted().toList();
      if (!unticked.isEmpty()) {
        throw new FormFieldValidationException(unticked.get(0),
            "Қабылдау үшін тексеру парағының барлық тармағын белгілеңіз / Для принятия отметьте все пункты"
                + " чек-листа (" + unticked.size() + " of " + checklist.size() + " not ticked)");
      }
    } else if (trimmedReason.length() < MIN_REASON_LENGTH) {
      throw new FormFieldValidationException(CandidateJourney.REJECTION_REASON,
          "Бас тарту себебін жазыңыз / Укажите причину отказа: at least " + MIN_REASON_LENGTH + " characters");
    }
    Application application = application(applicationId);
    application.changeStatus(outcome.status());
    results.save(new StageResult(application.getId(), STAGE, outcome.name(),
        trimmedReason.isEmpty() ? null : trimmedReason, reviewer, clock.instant()));
    return outcome;
  }

  private Application application(long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
  }
}
