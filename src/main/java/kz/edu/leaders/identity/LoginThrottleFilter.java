package kz.edu.leaders.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refuses a login with 429 and Retry-After, before its password is checked, while the
 * {@link LoginThrottle} says its address must wait; then tells the throttle how the login ended, a 401
 * being a wrong password. The client address is the request's: behind a trusted proxy the container
 * takes it from X-Forwarded-For (server.forward-headers-strategy).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** Far more than a login form: a bigger body is refused rather than read into memory. */
  private static final int LOGIN_FORM_LIMIT = 4096;

  /** The user id a login names, and the request to pass on. */
  public record Attempt(String userId, HttpServletRequest request) {
  }

  @FunctionalInterface
  public interface AttemptReader {
    /** The login this request attempts, or null when it is no login. */
    Attempt read(HttpServletRequest request) throws IOException;
  }

  private final LoginThrottle throttle;
  private final ObjectMapper json;
  private final AttemptReader reader;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, AttemptReader reader) {
    this.throttle = throttle;
    this.json = json;
    this.reader = reader;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Attempt attempt;
    try {
      attempt = reader.read(request);
    } catch (ResponseStatusException refused) {
      RefusalResponse.write(request, response, json, refused.getStatusCode().value(), refused.getReason());
      return;
    }
    if (attempt == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.retryAfter(address, attempt.userId());
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().plusMillis(999).toSeconds());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      RefusalResponse.write(request, response, json, HttpStatus.TOO_MANY_REQUESTS.value(),
          "Сіздің мекенжайыңыздан сәтсіз кіру әрекеттері тым көп; " + seconds + " с кейін қайталаңыз / "
              + "Слишком много неудачных попыток входа с вашего адреса; повторите через " + seconds + " с");
      return;
    }
    chain.doFilter(attempt.request(), response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, attempt.userId());
    } else {
      throttle.succeeded(address, attempt.userId());
    }
  }

  /** HTTP Basic: the user id in the Authorization header. */
  public static Attempt basicLogin(HttpServletRequest request) {
    try {
      UsernamePasswordAuthenticationToken credentials = new BasicAuthenticationConverter().convert(request);
      return credentials == null ? null : new Attempt(credentials.getName(), request);
    } catch (AuthenticationException malformedHeader) {
      return null; // the Basic filter refuses it, no password was tried
    }
  }

  /**
   * The login form of Tasklist, Cockpit and Admin. Its body is read here for the user name and
   * handed on unchanged, so that Camunda's own form parameters still find it.
   */
  public static AttemptReader webappLoginForm(String applicationPath) {
    Pattern login = Pattern.compile(Pattern.quote(applicationPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!"POST".equals(request.getMethod()) || !login.matcher(path).matches()) {
        return null;
      }
      byte[] body = request.getInputStream().readNBytes(LOGIN_FORM_LIMIT + 1);
      if (body.length > LOGIN_FORM_LIMIT) {
        throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Кіру нысаны бірнеше жүз байттан аспайды / Форма входа занимает не больше нескольких сотен байт");
      }
      return new Attempt(formField(body, "username"), withBody(request, body));
    };
  }

  private static String formField(byte[] body, String name) {
    for (String field : new String(body, StandardCharsets.US_ASCII).split("&")) {
      String[] nameAndValue = field.split("=", 2);
      try {
        if (nameAndValue.length == 2 && URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8).equals(name)) {
          return URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException malformedEscape) {
        return null; // no user name, the address is still counted; Camunda refuses the form itself
      }
    }
    return null;
  }

  private static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    ServletInputStream stream = new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("a login form is read at once");
      }

      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
      }
    };
    return new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() {
        return stream;
      }

      @Override
      public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      }
    };
  }
}
