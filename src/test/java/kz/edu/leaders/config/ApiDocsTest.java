package kz.edu.leaders.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A signed-in user reads the application API's description, with the README's requests; nobody else. */
@IntegrationTest
class ApiDocsTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;

  @Test
  void aSignedInUserReadsTheApplicationApiWithTheReadmeExamples() throws Exception {
    ResponseEntity<String> spec = http.withBasicAuth("coordinator", "demo").getForEntity("/api/docs/openapi", String.class);

    assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode api = json.readTree(spec.getBody());
    List<String> paths = new ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/applications", "/api/cohorts", "/api/applications/{applicationNumber}/documents",
        "/api/staff", "/api/reports/funnel", "/api/audit/applications/{number}/trail.csv")
        .allMatch(path -> path.startsWith("/api/")).noneMatch(path -> path.startsWith("/api/docs"));
    assertThat(api.at("/paths/~1api~1applications/post/requestBody/content/application~1json/example/iin").asText())
        .isEqualTo("871008401427");
    assertThat(api.at("/paths/~1api~1cohorts~1{year}~1test-results/post/requestBody/content/text~1csv/example").asText())
        .startsWith("applicationNumber,score,date\n");
    assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
  }

  @Test
  void thePageAndTheDescriptionAskAnonymousCallersToSignIn() {
    assertThat(http.getForEntity("/api/docs/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePageOpensForASignedInUser() {
    ResponseEntity<String> page = http.withBasicAuth("auditor", "demo").getForEntity("/api/docs", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("swagger-ui");
  }
}
