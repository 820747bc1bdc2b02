package kz.edu.leaders.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The body of a request refused before it reaches a controller (401, 403, 413, 429): the same RFC 9457
 * problem shape the API's error handler answers, so a client reads every refusal one way.
 */
public final class RefusalResponse {

  private RefusalResponse() {
  }

  public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, int status,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("errors", List.of());
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
