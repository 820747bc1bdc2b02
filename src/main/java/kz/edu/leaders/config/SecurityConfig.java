package kz.edu.leaders.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.EngineAuthenticationFilter;
import kz.edu.leaders.identity.LoginLimits;
import kz.edu.leaders.identity.LoginThrottle;
import kz.edu.leaders.identity.LoginThrottleFilter;
import kz.edu.leaders.identity.RefusalResponse;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.identity.WebappSessionAuthenticationFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The application API and the engine REST API require HTTP Basic (the starter leaves /engine-rest
 * open). The Camunda webapps keep their own session login and CSRF protection. Both kinds of login
 * go through the {@link LoginThrottle}.
 */
@Configuration
@EnableConfigurationProperties(LoginLimits.class)
public class SecurityConfig {

  private static final String REALM = "leaders-of-change";
  /**
   * Our own pages load scripts, styles and fonts from this origin only (the bpmn-js webjar); the
   * pages' small style blocks and bar widths, and the styles bpmn-js sets on the diagram, are inline;
   * bpmn-js shows its logo as a data: image.
   */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private final boolean servedOverHttps;

  SecurityConfig(@Value("${leaders.https}") boolean servedOverHttps) {
    this.servedOverHttps = servedOverHttps;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json,
      LoginThrottle throttle, @Value("${camunda.bpm.process-engine-name:default}") String engineName,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    String signInPage = signInPage(webappPath);
    AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
      if (isStaffPage(request) && accepts(request, MediaType.TEXT_HTML)) {
        // a person's browser: no Basic prompt (and no raw JSON behind its Cancel), but the way in
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(signInPage);
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      RefusalResponse.write(request, response, json, HttpServletResponse.SC_UNAUTHORIZED,
          "Кіру қажет: пайдаланушы белгісіз немесе құпиясөз қате / "
              + "Требуется вход: неизвестный пользователь или неверный пароль");
    };
    http.securityMatcher(SecurityConfig::isApiRequest)
        .authorizeHttpRequests(requests -> requests
            // the mentor service then decides: only the candidate's own mentor or a coordinator
            .requestMatchers(request -> "GET".equals(request.getMethod())
                && pathOf(request).matches("/api/applications/[^/]+/mentor-meetings"))
            .hasAnyAuthority(Role.MENTORS.groupId(), Role.TRAINING_COORDINATORS.groupId(), Role.AUDITORS.groupId(),
                Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).matches("/api/applications/[^/]+/mentor-meetings"))
            .hasAnyAuthority(Role.MENTORS.groupId(), Role.TRAINING_COORDINATORS.groupId(), Role.ADMINISTRATORS.groupId())
            // the candidate's export of everything held about them: the portal on their behalf, administrators
            .requestMatchers(request -> pathOf(request).matches("/api/applications/[^/]+/personal-data(\\.pdf)?"))
            .hasAnyAuthority(Role.APPLICATION_INTAKE.groupId(), Role.ADMINISTRATORS.groupId())
            // the candidate's appeals: lodged and followed by the portal on their behalf, administrators
            .requestMatchers(request -> pathOf(request).matches("/api/applications/[^/]+/appeals"))
            .hasAnyAuthority(Role.APPLICATION_INTAKE.groupId(), Role.ADMINISTRATORS.groupId())
            // a correction the candidate asked for: administrators only, on the record
            .requestMatchers(request -> pathOf(request).matches("/api/applications/[^/]+/corrections"))
            .hasAuthority(Role.ADMINISTRATORS.groupId())
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
            // who judged how, by name: process owners who rate no one themselves
            .requestMatchers(request -> pathOf(request).startsWith("/api/reports/raters"))
            .access((authentication, request) -> new AuthorizationDecision(
                CurrentUser.of(authentication.get()).mayReadRaterFigures()))
            .requestMatchers(request -> pathOf(request).startsWith("/api/reports") || pathOf(request).startsWith("/reports"))
            .hasAnyAuthority(Role.PROCESS_OWNERS.groupId(), Role.AUDITORS.groupId(), Role.ADMINISTRATORS.groupId())
            .requestMatchers(request -> pathOf(request).startsWith("/api/test-imports"))
            .hasAnyAuthority(Role.TEST_OPERATORS.groupId(), Role.PROCESS_OWNERS.groupId(), Role.ADMINISTRATORS.groupId())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
        // the webapps' session a page opens with is theirs: not renewed here, or the browser's next request
        // would carry an id that no longer exists
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // stateless Basic-authenticated calls: no session cookie for a forged request to ride on
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(askForCredentials)
            .accessDeniedHandler((request, response, e) ->
                RefusalResponse.write(request, response, json, HttpServletResponse.SC_FORBIDDEN,
                    "Рөліңіз бұған рұқсат бермейді / Ваша роль этого не позволяет")))
        .headers(applicationHeaders())
        .addFilterBefore(new LoginThrottleFilter(throttle, json, LoginThrottleFilter::basicLogin),
            BasicAuthenticationFilter.class)
        // a document linked from a Tasklist form, the auditor's and the reports' pages and their downloads
        // open with the webapps' login (see the filter)
        .addFilterBefore(new WebappSessionAuthenticationFilter(identityService, engineName,
            SecurityConfig::opensWithWebappLogin), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, ObjectMapper json, LoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
    // Tasklist, Cockpit and Admin authenticate against the same identity service and send their own
    // CSRF token and security headers; Spring Security must not add a second, conflicting set. HSTS,
    // which Camunda's header filter leaves off, is the one header written here for the whole host.
    // the raw path, as for the API: the webapps' APIs are Jersey servlets too
    http.securityMatcher(request -> pathOf(request).startsWith(webappPath + "/"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> {
          if (servedOverHttps) {
            headers.defaultsDisabled().httpStrictTransportSecurity(this::strictTransportSecurity);
          } else {
            headers.disable();
          }
        })
        .addFilterBefore(new LoginThrottleFilter(throttle, json, LoginThrottleFilter.webappLoginForm(webappPath)),
            BasicAuthenticationFilter.class);
    return http.build();
  }

  /** The public verification page, the root's redirect, the error page and static files. */
  @Bean
  @Order(3)
  SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(AnyRequestMatcher.INSTANCE)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // no form or cookie of ours on these pages for a forged request to ride on
        .csrf(AbstractHttpConfigurer::disable)
        .headers(applicationHeaders());
    return http.build();
  }

  /** Spring Security's defaults (nosniff, X-Frame-Options DENY, no caching) plus CSP and Referrer-Policy. */
  private Customizer<HeadersConfigurer<HttpSecurity>> applicationHeaders() {
    return headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .httpStrictTransportSecurity(this::strictTransportSecurity);
  }

  /**
   * With leaders.https the browser only ever reaches us over HTTPS, also when a proxy in front ends
   * TLS and the request here looks plain, so HSTS goes on every response; without it, never.
   */
  private void strictTransportSecurity(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
    if (servedOverHttps) {
      hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000).includeSubDomains(true);
    } else {
      hsts.disable();
    }
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

  /**
   * What a person signed in to Tasklist or Cockpit opens in the same browser (GET only, see the filter):
   * a document from a screening task's form (the document service decides who may), the staff pages,
   * and the CSV and PDF files those pages link to. The role rules above still decide who may.
   */
  static boolean opensWithWebappLogin(HttpServletRequest request) {
    String path = pathOf(request);
    return path.matches("/api/screening-tasks/[^/]+/documents/[^/]+") || isStaffPage(request)
        || path.matches("/api/(audit|reports)/.+\\.(csv|pdf)");
  }

  /** The HTML pages of the auditor's trail, the programme reports and the API description (with its files). */
  static boolean isStaffPage(HttpServletRequest request) {
    String path = pathOf(request);
    return path.startsWith("/audit/") || path.equals("/reports") || path.startsWith("/reports/")
        || path.equals("/api/docs") || path.startsWith("/api/docs/");
  }

  private static boolean accepts(HttpServletRequest request, MediaType type) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(type::equalsTypeAndSubtype);
  }

  private static String signInPage(String webappPath) throws IOException {
    try (InputStream in = new ClassPathResource("signin/required.html").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{cockpit}}", webappPath + "/app/cockpit/default/");
    }
  }

  private static boolean isStaffRegistry(HttpServletRequest request) {
    String path = pathOf(request);
    return path.equals("/api/staff") || path.startsWith("/api/staff/");
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
