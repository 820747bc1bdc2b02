package kz.edu.leaders.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;

/** The short JSON body of a request refused before it reaches a controller (401, 403, 429). */
public final class RefusalResponse {

  private RefusalResponse() {
  }

  public static void write(HttpServletResponse response, ObjectMapper json, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
  }
}
