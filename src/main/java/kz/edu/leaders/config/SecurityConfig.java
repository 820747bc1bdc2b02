package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kz.edu.leaders.identity.EngineAuthenticationFilter;
import kz.edu.leaders.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The application API and the engine REST API require HTTP Basic (the starter leaves /engine-rest
 * open). The Camunda webapps keep their own session login and CSRF protection.
 */
@Configuration
public class SecurityConfig {

  private static final String REALM = "leaders-of-change";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      writeError(response, json, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required: unknown user or wrong password");
    };
    http.securityMatcher(SecurityConfig::isApiRequest)
        .authorizeHttpRequests(requests -> requests
            // the mentor service decides: only the candidate's own mentor or a coordinator
            .requestMatchers(request -> pathOf(request).matches("/api/applications/[^/]+/mentor-meetings"))
            .authenticated()
            .requestMatchers(request -> "POST".equals(request.getMethod())
                && pathOf(request).matches("/api/applications/[^/]+/withdrawal"))
            .hasAnyAuthority(Role.APPLICATION_INTAKE.groupId(), Role.TRAINING_COORDINATORS.groupId(),
                Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> "POST".equals(request.getMethod()) && pathOf(request).startsWith("/api/applications"))
            .hasAnyAuthority(Role.APPLICATION_INTAKE.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> "/api/cohorts".equals(pathOf(request)) && "POST".equals(request.getMethod())
                || pathOf(request).matches("/api/cohorts/\\d+") && "PUT".equals(request.getMethod()))
            .hasAnyAuthority(Role.PROCESS_OWNERS.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).matches("/api/cohorts/\\d+/test-results"))
            .hasAnyAuthority(Role.TEST_OPERATORS.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).startsWith("/api/audit/") || pathOf(request).startsWith("/audit/"))
            .hasAnyAuthority(Role.AUDITORS.groupId(), Role.ADMINISTRATORS.groupId())
            // registering an entry, its periods, and linking its account (PUT /api/mentors/{id}/user)
            .requestMatchers(request -> ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                && (pathOf(request).startsWith("/api/mentors") || pathOf(request).startsWith("/api/host-schools")))
            .hasAnyAuthority(Role.TRAINING_COORDINATORS.groupId(), Role.PROCESS_OWNERS.groupId(),
                Role.ADMINISTRATORS.groupId())
            // the staff registry (where experts and commission members work): administrators write it
            .requestMatchers(request -> isStaffRegistry(request) && "GET".equals(request.getMethod()))
            .hasAnyAuthority(Role.PROCESS_OWNERS.groupId(), Role.AUDITORS.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(SecurityConfig::isStaffRegistry)
            .hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> "POST".equals(request.getMethod()) && pathOf(request).startsWith("/api/schools"))
            .hasAnyAuthority(Role.PROCESS_OWNERS.groupId(), Role.ADMINISTRATORS.groupId())
            // the appointment service decides which region's HR may register a school's vacancy
            .requestMatchers(request -> "POST".equals(request.getMethod()) && pathOf(request).startsWith("/api/vacancies"))
            .hasAnyAuthority(Role.REGIONAL_HR.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).startsWith("/api/vacancies"))
            .hasAnyAuthority(Role.REGIONAL_HR.groupId(), Role.PROCESS_OWNERS.groupId(), Role.AUDITORS.groupId(),
                Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).startsWith("/api/reports") || pathOf(request).startsWith("/reports"))
            .hasAnyAuthority(Role.PROCESS_OWNERS.groupId(), Role.AUDITORS.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).startsWith("/api/test-imports"))
            .hasAnyAuthority(Role.TEST_OPERATORS.groupId(), Role.PROCESS_OWNERS.groupId(), Role.ADMINISTRATORS.groupId())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless Basic-authenticated calls: no session cookie for a forged request to ride on
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(askForCredentials)
            .accessDeniedHandler((request, response, e) ->
                writeError(response, json, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this")))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    // Tasklist, Cockpit and Admin authenticate against the same identity service and send their own
    // CSRF token and security headers; Spring Security must not add a second, conflicting set.
    http.securityMatcher("/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * Matched on the raw path rather than with MVC matchers: /engine-rest is served by Jersey, not by
   * the DispatcherServlet, and an MVC matcher would silently let it through. (The firewall already
   * refuses encoded and doubled slashes and path parameters.)
   */
  static boolean isApiRequest(HttpServletRequest request) {
    String path = pathOf(request);
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/audit/") || path.equals("/reports")
        || path.startsWith("/reports/")
        || path.equals("/engine-rest") || path.startsWith("/engine-rest/");
  }

  private static boolean isStaffRegistry(HttpServletRequest request) {
    String path = pathOf(request);
    return path.equals("/api/staff") || path.startsWith("/api/staff/");
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static void writeError(HttpServletResponse response, ObjectMapper json, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
  }
}
