package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.ApplicationsClosedException;
import kz.edu.leaders.cohort.CohortInvalidException;
import kz.edu.leaders.document.CandidateDocuments;
import kz.edu.leaders.internship.HostSchoolController;
import kz.edu.leaders.staff.StaffRegistry;
import kz.edu.leaders.training.MentorRegistry;
import kz.edu.leaders.cohort.CohortService;
import kz.edu.leaders.testing.TestImportRefused;
import kz.edu.leaders.testing.TestImportService;
import kz.edu.leaders.application.DuplicateApplicationException;
import kz.edu.leaders.appointment.Appointments;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * Every refused request gets a status and a message that names the field at fault, logged in one
 * line (a refusal is the caller's mistake, not an error of ours). Anything else in /api answers a
 * plain 500 without internals and is logged once, with its stack trace.
 */
@RestControllerAdvice
public class ApiErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

  public record FieldProblem(String field, String message) {
  }

  public record ApiError(int status, String message, List<FieldProblem> errors) {

    static ResponseEntity<ApiError> of(HttpStatus status, String message, List<FieldProblem> errors) {
      if (status.is4xxClientError()) {
        LOG.atLevel(status == HttpStatus.FORBIDDEN ? Level.WARN : Level.INFO)
            .log("Refused {}: {} {}", request(), status.value(), message);
      }
      return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
    }
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    String fields = problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
    return ApiError.of(HttpStatus.BAD_REQUEST, "Invalid fields: " + fields, problems);
  }

  /** A path or query parameter of the wrong kind: ?region=MARS, /api/cohorts/next. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> wrongParameter(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type != null && type.isEnum()
        ? "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
        : "must be " + (type == null ? "of another type" : "a " + type.getSimpleName());
    return ApiError.of(HttpStatus.BAD_REQUEST, "Invalid fields: " + e.getName(),
        List.of(new FieldProblem(e.getName(), expected)));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      return ApiError.of(HttpStatus.BAD_REQUEST, "Invalid fields: " + field,
          List.of(new FieldProblem(field, expected(mapping))));
    }
    return ApiError.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON", List.of());
  }

  /** An upload without its multipart field {@code file}, not multipart at all, or over the size limit. */
  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<ApiError> missingFile(Exception e) {
    String part = e instanceof MissingServletRequestPartException missing ? missing.getRequestPartName() : "file";
    String message = e instanceof MaxUploadSizeExceededException ? "is larger than the upload limit"
        : "send it as multipart/form-data, field " + part;
    return ApiError.of(HttpStatus.BAD_REQUEST, "Invalid fields: " + part, List.of(new FieldProblem(part, message)));
  }

  @ExceptionHandler(ApplicationsClosedException.class)
  ResponseEntity<ApiError> closed(ApplicationsClosedException e) {
    return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), List.of(new FieldProblem("cohort", e.getMessage())));
  }

  @ExceptionHandler({ApplicationStateException.class, CohortService.CohortExistsException.class})
  ResponseEntity<ApiError> conflict(RuntimeException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(ApplicationStateException.InvalidRequest.class)
  ResponseEntity<ApiError> invalidRequest(ApplicationStateException.InvalidRequest e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
  }

  @ExceptionHandler(CohortInvalidException.class)
  ResponseEntity<ApiError> invalidCohort(CohortInvalidException e) {
    List<FieldProblem> problems = e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
    return ApiError.of(HttpStatus.BAD_REQUEST, "Invalid fields: "
        + problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")), problems);
  }

  private static String expected(JsonMappingException mapping) {
    if (mapping instanceof JsonText.Refused) {
      return mapping.getOriginalMessage();
    }
    Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (type == null) {
      return "has the wrong type";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class) {
      return "must be a whole number";
    }
    if (type == LocalDate.class) {
      return "must be a date (YYYY-MM-DD)";
    }
    return "has the wrong type: expected " + type.getSimpleName();
  }

  @ExceptionHandler(DuplicateApplicationException.class)
  ResponseEntity<ApiError> duplicate(DuplicateApplicationException e) {
    return ApiError.of(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldProblem("iin", e.getMessage())));
  }

  @ExceptionHandler(CsvTable.Refused.class)
  ResponseEntity<ApiError> unreadableCsv(CsvTable.Refused e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldProblem("file", e.getMessage())));
  }

  @ExceptionHandler(TestImportRefused.class)
  ResponseEntity<ApiError> unreadableImport(TestImportRefused e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldProblem("file", e.getMessage())));
  }

  @ExceptionHandler({ApplicationNotFoundException.class, CohortService.CohortNotFoundException.class,
      TestImportService.ImportNotFoundException.class, HostSchoolController.HostSchoolNotFoundException.class,
      MentorRegistry.MentorNotFoundException.class, StaffRegistry.StaffMemberNotFoundException.class,
      Appointments.VacancyNotFoundException.class, CandidateDocuments.DocumentNotFoundException.class})
  ResponseEntity<ApiError> notFound(RuntimeException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<ApiError> forbidden(RuntimeException e) {
    return ApiError.of(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  /**
   * Someone else changed the same record at the same moment (the engine's or JPA's optimistic lock, a
   * lock wait given up, a unique key): the transaction is rolled back whole, so asking again is safe.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class,
      DataIntegrityViolationException.class})
  ResponseEntity<ApiError> concurrentChange(RuntimeException e) {
    return ApiError.of(HttpStatus.CONFLICT,
        "The record was changed by another request at the same moment; reload it and try again", List.of());
  }

  /**
   * The last resort (but for a database that is away: 503, see {@link DatabaseUnavailable}). Spring's own refusals (unknown path, wrong method or media type) and pages
   * outside /api keep their usual handling.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof ErrorResponse || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    if (DatabaseUnavailable.causes(e)) {
      DatabaseUnavailable.logged(request(), e);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), DatabaseUnavailable.MESSAGE, List.of()));
    }
    LOG.error("Unexpected failure of {}", request(), e);
    return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged",
        List.of());
  }

  private static String request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI()
        : "a request";
  }
}
