package kz.edu.leaders.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The body of a request refused before it reaches a controller (401, 403, 413, 429): the same RFC 9457
 * problem shape the API's error handler answers, so a client reads every refusal one way (and in its own
 * language, {@link OwnLanguage}).
 */
public final class RefusalResponse {

  private RefusalResponse() {
  }

  public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, int status,
      String detail) throws IOException {
    Optional<String> language = OwnLanguage.of(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), OwnLanguage.half(detail, language));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("errors", List.of());
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    language.ifPresent(own -> response.setHeader(HttpHeaders.CONTENT_LANGUAGE, own));
    json.writeValue(response.getOutputStream(), problem);
  }
}
