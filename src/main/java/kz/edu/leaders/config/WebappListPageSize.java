package kz.edu.leaders.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The engine refuses a list asked for without a page size (queryMaxResultsLimit), and so it refused
 * some of the webapps' own lists: Cockpit's decision definition page asks for every version of the
 * decision with no maxResults. On the webapps' engine API only (behind their login), a list without
 * a page size is asked for with the limit as its page size, so it holds at most as many rows as any
 * paged list. /engine-rest still refuses such a list with 400, as the README tells API clients.
 */
@Configuration
class WebappListPageSize {

  static final String MAX_RESULTS = "maxResults";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappListPageSizeFilter(ProcessEngineConfigurationImpl engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        // read when asked: the engine takes its generic properties only as it is built
        chain.doFilter(hasPageSize(request) ? request : withPageSize(request, engine.getQueryMaxResultsLimit()),
            response);
      }
    });
    registration.addUrlPatterns(webappPath + "/api/engine/*");
    return registration;
  }

  private static boolean hasPageSize(HttpServletRequest request) {
    String query = request.getQueryString();
    return query != null
        && UriComponentsBuilder.newInstance().query(query).build().getQueryParams().containsKey(MAX_RESULTS);
  }

  /** Jersey, behind the webapps' engine API, reads the parameters from the query string. */
  private static HttpServletRequest withPageSize(HttpServletRequest request, int pageSize) {
    String query = request.getQueryString();
    String paged = (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + pageSize;
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return paged;
      }
    };
  }
}
