package kz.edu.leaders.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.journey.CandidateJourney;
import kz.edu.leaders.region.Region;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A candidate asks for their surname to be corrected (married since applying): an administrator
 * changes it with a reason; the application reads back the new name, the auditor's trail says who
 * changed what and why (masked), and wrong requests are refused naming the field.
 */
@IntegrationTest
class DataCorrectionsTest {

  private static final String REASON = "Некеге тұруына байланысты тегі өзгерді, куәлік көшірмесі 12.11 келді";

  @Autowired
  ApplicationService applications;
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void anAdministratorCorrectsTheSurnameOnTheRecord() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    String path = "/api/applications/" + candidate.getApplicationNumber();

    ResponseEntity<String> corrected = correct(path, Map.of("field", "lastName", "value", "Жақсыбекова",
        "reason", REASON));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody()).contains("\"field\":\"lastName\"",
        "\"oldValue\":\"" + candidate.getName().lastName() + "\"", "\"newValue\":\"Жақсыбекова\"",
        "\"correctedBy\":\"admin\"");
    assertThat(http.withBasicAuth("admin", "admin").getForEntity(path, String.class).getBody())
        .contains("Жақсыбекова");

    String trail = http.withBasicAuth("auditor", "demo").getForEntity("/api/audit" + path.substring(4), String.class)
        .getBody();
    String old = candidate.getName().lastName();
    assertThat(trail).contains("DATA_CORRECTION", "lastName: " + old.charAt(0) + "***" + old.charAt(old.length() - 1)
        + " -> Ж***а; " + REASON, "\"who\":\"admin\"").doesNotContain("Жақсыбекова");
    assertThat(http.withBasicAuth("portal", "demo").getForEntity(path + "/personal-data", String.class).getBody())
        .contains("\"stage\":\"DATA_CORRECTION\"", "\"lastName\":\"Жақсыбекова\"");
  }

  @Test
  void aWrongRequestIsRefusedNamingTheFieldAndChangesNothing() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    Application other = applications.submit(TestApplications.valid(Region.TURKISTAN));
    String path = "/api/applications/" + candidate.getApplicationNumber();

    ResponseEntity<String> email = correct(path, Map.of("field", "email", "value", "not an address", "reason", REASON));
    assertThat(email.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(email.getBody()).contains("\"field\":\"email\"", "Новое значение поля «Электронная почта» не");
    assertThat(correct(path, Map.of("field", "region", "value", "ALMATY", "reason", REASON)).getBody())
        .contains("\"field\":\"field\"", "Выберите поле, которое можно исправить: ИИН, Фамилия");
    assertThat(correct(path, Map.of("field", "phone", "value", "+7 701 111 22 33", "reason", "short")).getBody())
        .contains("\"field\":\"reason\"", "Напишите, о чём просил кандидат и почему (10–2000 символов)");
    ResponseEntity<String> taken = correct(path, Map.of("field", "iin", "value", other.getIin(), "reason", REASON));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.withBasicAuth("admin", "admin").getForEntity(path, String.class).getBody())
        .contains(candidate.getIin(), candidate.getEmail());
    assertThat(http.withBasicAuth("portal", "demo").postForEntity(path + "/corrections",
        Map.of("field", "email", "value", "x@mail.example.kz", "reason", REASON), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCorrectedIinIsWhatTheReviewerSeesInTasklist() {
    Application candidate = applications.submit(TestApplications.valid(Region.TURKISTAN));
    String corrected = TestApplications.freshIin();

    assertThat(correct("/api/applications/" + candidate.getApplicationNumber(),
        Map.of("field", "iin", "value", corrected, "reason", REASON)).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(runtimeService.getVariable(candidate.getProcessInstanceId(), CandidateJourney.CANDIDATE_MASKED_IIN))
        .isEqualTo(Iin.mask(corrected));
  }

  private ResponseEntity<String> correct(String path, Map<String, String> body) {
    return http.withBasicAuth("admin", "admin").postForEntity(path + "/corrections", body, String.class);
  }
}
