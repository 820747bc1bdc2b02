package kz.edu.leaders.privacy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.DuplicateApplicationException;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.journey.FormText;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator answers a candidate's correction request: one field changes, checked by the same
 * rules as the application form. The full old and new values are kept in data_correction; the
 * auditor's trail gets a stage result naming the field, masked values, the reason and the administrator.
 */
@Service
public class DataCorrections {

  /** The fields a correction may change, by their name in the application form and the entity, and their labels. */
  private static final List<Correctable> FIELDS = List.of(new Correctable("iin", "ЖСН", "ИИН"),
      new Correctable("lastName", "Тегі", "Фамилия"), new Correctable("firstName", "Аты", "Имя"),
      new Correctable("middleName", "Әкесінің аты", "Отчество"),
      new Correctable("email", "Электрондық пошта", "Электронная почта"),
      new Correctable("phone", "Телефон", "Телефон"),
      new Correctable("organisationName", "Ұйымның атауы", "Название организации"),
      new Correctable("preferredLanguage", "Тіл", "Язык"));
  /** Values of these fields are personal data: the trail shows them masked. */
  private static final Set<String> PERSONAL = Set.of("iin", "lastName", "firstName", "middleName", "email", "phone");
  private static final int MIN_REASON = 10;

  public record Request(String field, String value, String reason) {
  }

  private record Correctable(String name, String kk, String ru) {
  }

  private final ApplicationRepository applications;
  private final DataCorrectionRepository corrections;
  private final StageResultRepository results;
  private final EntityManager entityManager;
  private final Validator validator;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public DataCorrections(ApplicationRepository applications, DataCorrectionRepository corrections,
      StageResultRepository results, EntityManager entityManager, Validator validator, RuntimeService runtimeService,
      Clock clock) {
    this.applications = applications;
    this.corrections = corrections;
    this.results = results;
    this.entityManager = entityManager;
    this.validator = validator;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Transactional
  public DataCorrection correct(String applicationNumber, Request request, String administrator) {
    String field = request == null ? null : request.field();
    Correctable label = FIELDS.stream().filter(correctable -> correctable.name().equals(field)).findFirst()
        .orElseThrow(() -> new FieldRefused("field", "Түзетуге болатын өрісті таңдаңыз: " + labels(Correctable::kk)
            + " / Выберите поле, которое можно исправить: " + labels(Correctable::ru)));
    String reason = FormText.between(request.reason(), MIN_REASON, 2000, "reason",
        "Үміткер не сұрағанын және неліктен екенін жазыңыз / Напишите, о чём просил кандидат и почему");
    Application application = applications.lockByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    Map<String, String> form = formOf(application);
    String old = form.get(field);
    String value = request.value() == null ? null : request.value().strip();
    form.put(field, value);
    NewApplication corrected = new NewApplication(form.get("iin"), form.get("lastName"), form.get("firstName"),
        form.get("middleName"), form.get("region"), form.get("currentPost"), form.get("organisationType"),
        form.get("organisationName"), application.getYearsOfExperience(), form.get("email"), form.get("phone"),
        form.get("preferredLanguage"));
    for (ConstraintViolation<NewApplication> problem : validator.validate(corrected)) {
      if (problem.getPropertyPath().toString().equals(field)) {
        throw new FieldRefused(field, "«" + label.kk() + "» өрісінің жаңа мәні өтінім нысанының талаптарына сай емес / "
            + "Новое значение поля «" + label.ru() + "» не соответствует требованиям формы заявки");
      }
    }
    if (field.equals("phone")) {
      value = corrected.normalisedPhone();
    }
    if (Objects.equals(old, value)) {
      throw new FieldRefused(field, "«" + label.kk() + "» өрісінде бұл мән қазірдің өзінде тұр / В поле «" + label.ru()
          + "» уже указано это значение");
    }
    if (field.equals("iin") && applications.existsByCohortYearAndIin(application.getCohortYear(), value)) {
      throw new DuplicateApplicationException(application.getCohortYear());
    }
    // a whitelisted attribute name: the one field the administrator named, nothing else
    entityManager.createQuery("update Application a set a." + field + " = :value, a.version = a.version + 1"
        + " where a.id = :id").setParameter("value", value).setParameter("id", application.getId()).executeUpdate();
    if (field.equals("iin")) {
      showInTasklist(application, value);
    }
    results.save(new StageResult(application.getId(), Stage.DATA_CORRECTION, Outcome.ofStored(field),
        field + ": " + shown(field, old) + " -> " + shown(field, value) + "; " + reason, administrator, clock.instant()));
    return corrections.save(new DataCorrection(application.getId(), field, old, value, reason, administrator,
        clock.instant()));
  }

  /** Tasklist's candidate column is the journey's copy of the masked IIN: it follows the correction. */
  private void showInTasklist(Application application, String iin) {
    String journey = application.getProcessInstanceId();
    if (journey != null && runtimeService.createProcessInstanceQuery().processInstanceId(journey).count() == 1) {
      runtimeService.setVariable(journey, CandidateJourney.CANDIDATE_MASKED_IIN, Iin.mask(iin));
    }
  }

  /** The labels of the fields a correction may change, in one language. */
  private static String labels(Function<Correctable, String> language) {
    return FIELDS.stream().map(language).collect(Collectors.joining(", "));
  }

  private static Map<String, String> formOf(Application a) {
    Map<String, String> form = new HashMap<>();
    form.put("iin", a.getIin());
    form.put("lastName", a.getName().lastName());
    form.put("firstName", a.getName().firstName());
    form.put("middleName", a.getName().middleName());
    form.put("region", a.getRegion().name());
    form.put("currentPost", a.getCurrentPost().name());
    form.put("organisationType", a.getOrganisationType().name());
    form.put("organisationName", a.getOrganisationName());
    form.put("email", a.getEmail());
    form.put("phone", a.getPhone());
    form.put("preferredLanguage", a.getPreferredLanguage());
    return form;
  }

  /** What the trail shows of a value: personal data masked (8710******27, А***а), the rest as it is. */
  private static String shown(String field, String value) {
    if (value == null || value.isEmpty()) {
      return "—";
    }
    if (!PERSONAL.contains(field)) {
      return value;
    }
    return field.equals("iin") ? Iin.mask(value)
        : value.charAt(0) + "***" + (value.length() > 1 ? value.substring(value.length() - 1) : "");
  }
}
