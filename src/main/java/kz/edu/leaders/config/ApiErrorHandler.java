package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import kz.edu.leaders.config.RequestRefused.FieldProblem;
import kz.edu.leaders.identity.OwnLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refused request gets an RFC 9457 problem body (type, title, status, detail, and an
 * {@code errors} list naming each field at fault), logged in one line (a refusal is the caller's
 * mistake, not an error of ours). Each stage declares its refusals as {@link RequestRefused}, carrying
 * their status, so this handler knows no stage. Anything else in /api answers a plain 500 without
 * internals and is logged once, with its stack trace.
 */
@RestControllerAdvice
public class ApiErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

  private final DatabaseWatch database;

  ApiErrorHandler(DatabaseWatch database) {
    this.database = database;
  }

  static ResponseEntity<ProblemDetail> refuse(HttpStatus status, String detail, List<FieldProblem> errors) {
    if (status.is4xxClientError()) {
      LOG.atLevel(status == HttpStatus.FORBIDDEN ? Level.WARN : Level.INFO)
          .log("Refused {}: {} {}", request(), status.value(), detail);
    }
    Optional<String> language = OwnLanguage.of(current());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, OwnLanguage.half(detail, language));
    problem.setProperty("errors", errors.stream()
        .map(error -> new FieldProblem(error.field(), OwnLanguage.half(error.message(), language))).toList());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    language.ifPresent(own -> response.header(HttpHeaders.CONTENT_LANGUAGE, own));
    return response.body(problem);
  }

  /** A stage's own refusal: its status and fields come with it. */
  @ExceptionHandler(RequestRefused.class)
  ResponseEntity<ProblemDetail> refused(RequestRefused e) {
    return refuse(e.status(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    return refuse(HttpStatus.BAD_REQUEST, RequestRefused.invalidFields(problems.stream().map(FieldProblem::field).distinct()
        .collect(Collectors.joining(", "))), problems);
  }

  /** A path or query parameter of the wrong kind: ?region=MARS, /api/cohorts/next. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type != null && type.isEnum() ? oneOf(type.getEnumConstants()) : wrongType(type);
    return refuse(HttpStatus.BAD_REQUEST, RequestRefused.invalidFields(e.getName()),
        List.of(new FieldProblem(e.getName(), expected)));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      return refuse(HttpStatus.BAD_REQUEST, RequestRefused.invalidFields(field), List.of(new FieldProblem(field, expected(mapping))));
    }
    return refuse(HttpStatus.BAD_REQUEST, "Сұраудың денесі JSON пішімінде емес / Тело запроса не в формате JSON",
        List.of());
  }

  /** An upload without its multipart field {@code file}, not multipart at all, or over the size limit. */
  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<ProblemDetail> missingFile(Exception e) {
    String part = e instanceof MissingServletRequestPartException missing ? missing.getRequestPartName() : "file";
    String message = e instanceof MaxUploadSizeExceededException
        ? "Файл жүктеуге рұқсат етілген өлшемнен үлкен / Файл больше допустимого для загрузки размера"
        : "Файлды multipart/form-data ретінде, " + part + " өрісінде жіберіңіз / "
            + "Отправьте файл как multipart/form-data в поле " + part;
    return refuse(HttpStatus.BAD_REQUEST, RequestRefused.invalidFields(part), List.of(new FieldProblem(part, message)));
  }

  private static String expected(JsonMappingException mapping) {
    if (mapping instanceof JsonText.Refused) {
      return mapping.getOriginalMessage();
    }
    Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (type != null && type.isEnum()) {
      return oneOf(type.getEnumConstants());
    }
    if (type != null && (Number.class.isAssignableFrom(type) || type == int.class)) {
      return "Бүтін сан жазыңыз / Укажите целое число";
    }
    if (type == LocalDate.class) {
      return "Күнді ЖЖЖЖ-АА-КК түрінде жазыңыз / Укажите дату в виде ГГГГ-ММ-ДД";
    }
    return wrongType(type);
  }

  private static String oneOf(Object[] values) {
    String choices = Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
    return "Мына мәндердің бірін таңдаңыз: " + choices + " / Выберите одно из значений: " + choices;
  }

  private static String wrongType(Class<?> type) {
    return type == null ? "Мәннің түрі дұрыс емес / Значение неверного типа"
        : "Мәннің түрі дұрыс емес, күтілгені " + type.getSimpleName() + " / Значение неверного типа, ожидается "
            + type.getSimpleName();
  }

  @ExceptionHandler(CsvTable.Refused.class)
  ResponseEntity<ProblemDetail> unreadableCsv(CsvTable.Refused e) {
    return refuse(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldProblem("file", e.getMessage())));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
    return refuse(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  /**
   * Someone else changed the same record at the same moment (the engine's or JPA's optimistic lock, a
   * lock wait given up, a unique key): the transaction is rolled back whole, so asking again is safe.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class,
      DataIntegrityViolationException.class})
  ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
    return refuse(HttpStatus.CONFLICT,
        "Жазбаны дәл осы сәтте басқа сұрау өзгертті; оны қайта ашып, тағы жіберіңіз / "
            + "Запись в тот же момент изменил другой запрос; обновите её и отправьте снова", List.of());
  }

  /**
   * The last resort (but for no connection, a database away or a busy pool: 503, see
   * {@link DatabaseUnavailable}). Spring's own refusals (unknown path, wrong method or media type) and
   * pages outside /api keep their usual handling.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof ErrorResponse || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    Optional<DatabaseUnavailable.Answer> noConnection = DatabaseUnavailable.answer(e, database);
    if (noConnection.isPresent()) {
      noConnection.get().logged(request(), e);
      ResponseEntity<ProblemDetail> unavailable = refuse(HttpStatus.SERVICE_UNAVAILABLE, noConnection.get().message(),
          List.of());
      return ResponseEntity.status(unavailable.getStatusCode()).headers(unavailable.getHeaders())
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(noConnection.get().retryAfterSeconds()))
          .body(unavailable.getBody());
    }
    LOG.error("Unexpected failure of {}", request(), e);
    return refuse(HttpStatus.INTERNAL_SERVER_ERROR, "Біз жақта қате шықты; ол журналға жазылды / "
        + "На нашей стороне произошла ошибка; она записана в журнал", List.of());
  }

  private static String request() {
    HttpServletRequest request = current();
    return request == null ? "a request" : request.getMethod() + " " + request.getRequestURI();
  }

  private static HttpServletRequest current() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest() : null;
  }
}
