package kz.edu.leaders.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A link in a Tasklist form is followed by the browser with the webapps' session cookie, not with
 * HTTP Basic. For the few read-only requests it is given (GET, no Authorization header), this takes
 * the user the Camunda webapps logged in to this session, if that user still exists, with the groups
 * the identity service gives them now, as HTTP Basic would. Everything else on /api stays Basic only,
 * so no session ever authorizes a change.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String engineName;
  private final Predicate<HttpServletRequest> readsWithSession;

  public WebappSessionAuthenticationFilter(IdentityService identityService, String engineName,
      Predicate<HttpServletRequest> readsWithSession) {
    this.identityService = identityService;
    this.engineName = engineName;
    this.readsWithSession = readsWithSession;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && readsWithSession.test(request) ? sessionUser(request.getSession(false)) : null;
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(
        CamundaIdentityAuthenticationProvider.authenticated(identityService, userId));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    String userId = authentication == null ? null : authentication.getIdentityId();
    // a user deleted since the login no longer opens anything
    return userId != null && identityService.createUserQuery().userId(userId).count() == 1 ? userId : null;
  }
}
