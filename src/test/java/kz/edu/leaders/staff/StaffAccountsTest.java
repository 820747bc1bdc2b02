package kz.edu.leaders.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import kz.edu.leaders.IntegrationTest;
import kz.edu.leaders.TestAccounts;
import kz.edu.leaders.TestApplications;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.training.MentorMatching;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A fresh installation links people to their registry entries through the API alone: mentors' and
 * host schools' accounts, and where staff work (the staff registry). Only fresh accounts here, never
 * the demo links.
 */
@IntegrationTest
class StaffAccountsTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestAccounts accounts;
  @Autowired
  ApplicationService applications;
  @Autowired
  MentorMatching matching;

  @Test
  void aMentorRegisteredWithTheirAccountLogsTheirTraineesMeetingsAndAnotherMentorIsRefused() {
    String own = accounts.newUser("mentor.own", Role.MENTORS);
    String other = accounts.newUser("mentor.other", Role.MENTORS);
    long mentorId = registerMentor(own).getBody().get("id") instanceof Number id ? id.longValue() : -1;
    registerMentor(other);
    Application trainee = applications.submit(TestApplications.valid(Region.TURKISTAN));
    matching.choose(trainee.getId(), mentorId, "Chosen for the linking test", "coordinator");
    String path = "/api/applications/" + trainee.getApplicationNumber() + "/mentor-meetings";
    Map<String, String> meeting = Map.of("date", LocalDate.now(ProgrammeClock.ZONE).toString(),
        "topic", "The school's development plan");

    assertThat(http.withBasicAuth(own, "demo").postForEntity(path, meeting, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(http.withBasicAuth(other, "demo").postForEntity(path, meeting, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("mentor", "demo").postForEntity(path, meeting, String.class).getStatusCode())
        .as("the demo mentor is someone else's mentor").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anUnknownAccountOneOutsideTheGroupAndOneAlreadyLinkedAreRefusedNamingUserId() {
    var unknown = registerMentor("nobody." + System.nanoTime());
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().toString()).contains("field=userId")
        .contains("Мұндай есептік жазба жоқ / Такой учётной записи нет");
    String trainer = accounts.newUser("trainer.not.mentor", Role.TRAINERS);
    var notMentor = registerMentor(trainer);
    assertThat(notMentor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notMentor.getBody().toString()).contains("field=userId")
        .contains("Учётная запись (trainer.not.mentor Test) не входит в группу «Наставники»").doesNotContain(trainer);

    String mentor = accounts.newUser("mentor.twice", Role.MENTORS);
    assertThat(registerMentor(mentor).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(registerMentor(mentor).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    var school = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools", Map.of("name",
        "Linked school " + System.nanoTime(), "region", "ABAI", "settlement", "Семей", "email", "s@example.kz",
        "userId", mentor), Map.class);
    assertThat(school.getStatusCode()).as("a mentor is not a host school").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(school.getBody().toString()).contains("field=userId")
        .contains("Есептік жазба (mentor.twice Test) «Базалық мектептер» тобына кірмейді");
  }

  @Test
  void anEntryIsLinkedLaterAndRelinkedByCoordinatorsOnly() {
    var created = http.withBasicAuth("coordinator", "demo").postForEntity("/api/host-schools", Map.of("name",
        "Unlinked school " + System.nanoTime(), "region", "ABAI", "settlement", "Семей", "email", "u@example.kz"),
        Map.class);
    assertThat(created.getBody()).containsEntry("userId", null);
    String path = "/api/host-schools/" + created.getBody().get("id") + "/user";
    String first = accounts.newUser("school.first", Role.HOST_SCHOOLS);
    String second = accounts.newUser("school.second", Role.HOST_SCHOOLS);

    assertThat(put("trainer", "demo", path, Map.of("userId", first)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("coordinator", "demo", path, Map.of("userId", first)).getBody()).containsEntry("userId", first);
    assertThat(put("process.owner", "demo", path, Map.of("userId", second)).getBody()).containsEntry("userId", second);
    assertThat(put("coordinator", "demo", path, Map.of("userId", " ")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(put("coordinator", "demo", "/api/mentors/999999/user", Map.of("userId", first)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("trainer", "demo").getForObject("/api/host-schools", String.class))
        .contains("\"userId\":\"" + second + "\"");
  }

  @Test
  void mentorsEmailsAreShownToTheRolesThatKeepTheRegistryOnly() {
    String email = "contact." + System.nanoTime() + "@mentor.example.kz";
    http.withBasicAuth("coordinator", "demo").postForEntity("/api/mentors", Map.of("fullName", "Байланыс Тәлімгер",
        "region", "ABAI", "organisation", "Семей, №2 лицей", "expertise", "STEM", "email", email, "maxTrainees", 2),
        String.class);

    assertThat(http.withBasicAuth("coordinator", "demo").getForObject("/api/mentors", String.class)).contains(email);
    assertThat(http.withBasicAuth("process.owner", "demo").getForObject("/api/mentors", String.class)).contains(email);
    String asTrainer = http.withBasicAuth("trainer", "demo").getForObject("/api/mentors", String.class);
    assertThat(asTrainer).contains("Байланыс Тәлімгер").doesNotContain(email).doesNotContain("@mentor.example.kz");
    assertThat(http.withBasicAuth("mentor", "demo").getForObject("/api/host-schools", String.class))
        .doesNotContain("host@nis-turkistan.example.kz");
  }

  @Test
  void onlyAdministratorsWriteTheStaffRegistryAndProcessOwnersAndAuditorsReadIt() {
    String expert = accounts.newUser("expert.staff", Role.EXPERT_REVIEWERS);
    String path = "/api/staff/" + expert;
    Map<String, String> body = Map.of("organisation", "  Өрлеу, Семей  ");

    assertThat(put("coordinator", "demo", path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("process.owner", "demo", path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var set = put("admin", "admin", path, body);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody()).containsEntry("organisation", "Өрлеу, Семей").containsEntry("updatedBy", "admin");
    var unknown = put("admin", "admin", "/api/staff/nobody." + System.nanoTime(), body);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().toString()).contains("field=userId");
    assertThat(put("admin", "admin", path, Map.of("organisation", "")).getBody().toString())
        .contains("field=organisation");

    assertThat(http.withBasicAuth("auditor", "demo").getForObject(path, Map.class))
        .containsEntry("organisation", "Өрлеу, Семей");
    assertThat(http.withBasicAuth("process.owner", "demo").getForObject("/api/staff", String.class)).contains(expert);
    assertThat(http.withBasicAuth("trainer", "demo").getForEntity("/api/staff", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/staff/nobody", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map> registerMentor(String userId) {
    return http.withBasicAuth("coordinator", "demo").postForEntity("/api/mentors", Map.of("fullName",
        "Тіркелген Тәлімгер", "region", "TURKISTAN", "organisation", "Mentor school " + System.nanoTime(),
        "expertise", "Any", "email", "m." + System.nanoTime() + "@mentor.example.kz", "maxTrainees", 2,
        "userId", userId), Map.class);
  }

  private ResponseEntity<Map> put(String user, String password, String path, Map<String, String> body) {
    return http.withBasicAuth(user, password).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }
}
