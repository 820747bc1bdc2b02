package kz.edu.leaders.demo;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.staff.StaffRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per role (and per demo region for regional roles); the default profile only. */
@Component
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
  }

  static final List<DemoUser> USERS = List.of(
      reviewer("reviewer.turkistan", "Айгерім", "Сәрсенбаева", Region.TURKISTAN),
      reviewer("reviewer.almaty", "Данияр", "Омаров", Region.ALMATY),
      reviewer("reviewer.astana", "Гүлнар", "Жұмабекова", Region.ASTANA),
      reviewer("reviewer.karaganda", "Ерлан", "Каримов", Region.KARAGANDA),
      user("test.operator", "Мадина", "Ахметова", Role.TEST_OPERATORS),
      user("coordinator", "Асель", "Нұрланова", Role.TRAINING_COORDINATORS),
      user("trainer", "Бауыржан", "Тоқтаров", Role.TRAINERS),
      user("mentor", "Сәуле", "Есенова", Role.MENTORS),
      user("host.school", "Нұржан", "Әлиев", Role.HOST_SCHOOLS),
      user("expert.one", "Жанар", "Қасымова", Role.EXPERT_REVIEWERS),
      user("expert.two", "Арман", "Серіков", Role.EXPERT_REVIEWERS),
      user("expert.three", "Мәдина", "Оспанова", Role.EXPERT_REVIEWERS),
      user("external.reviewer", "Динара", "Исаева", Role.EXTERNAL_REVIEWERS),
      user("commission.member", "Қайрат", "Бекмұхамбетов", Role.INTERVIEW_COMMISSION),
      user("commission.second", "Светлана", "Ким", Role.INTERVIEW_COMMISSION),
      new DemoUser("commission.chair", "Роза", "Тұрсынова",
          List.of(Role.INTERVIEW_COMMISSION.groupId(), Role.COMMISSION_CHAIR.groupId())),
      user("appeals.chair", "Әсем", "Байжанова", Role.APPEALS_COMMISSION),
      user("appeals.member", "Нұрлан", "Сейітов", Role.APPEALS_COMMISSION),
      new DemoUser("hr.turkistan", "Ғалым", "Мұратов",
          List.of(Role.REGIONAL_HR.groupId(), Role.REGIONAL_HR.groupFor(Region.TURKISTAN))),
      user("process.owner", "Лаура", "Смағұлова", Role.PROCESS_OWNERS),
      user("auditor", "Талғат", "Жақсыбеков", Role.AUDITORS),
      user("portal", "Online", "Portal", Role.APPLICATION_INTAKE));

  /**
   * Where the expert reviewers and the commission work (the staff registry, as an administrator sets
   * it through the API): nobody reviews or interviews a candidate from their own organisation.
   */
  static final Map<String, String> STAFF_ORGANISATIONS = Map.of(
      "expert.one", "Назарбаев Зияткерлік мектептері / Назарбаев Интеллектуальные школы",
      "expert.two", "«Өрлеу» біліктілікті арттыру орталығы / Центр повышения квалификации «Өрлеу»",
      "expert.three", "Педагогикалық шеберлік орталығы / Центр педагогического мастерства",
      "commission.member", "Оқу-ағарту министрлігі / Министерство просвещения",
      "commission.second", "Ы. Алтынсарин атындағы Ұлттық білім академиясы / Национальная академия образования",
      "commission.chair", "Оқу-ағарту министрлігі / Министерство просвещения");

  private final IdentityService identityService;
  private final StaffRegistry staff;
  private final String password;

  public DemoUsers(IdentityService identityService, StaffRegistry staff,
      @Value("${leaders.demo.password}") String password) {
    this.identityService = identityService;
    this.staff = staff;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void seed() {
    USERS.forEach(this::ensure);
  }

  private void ensure(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).singleResult() == null) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@leaders.example.kz");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    demo.groups().forEach(group -> ensureMembership(demo.id(), group));
    if (STAFF_ORGANISATIONS.containsKey(demo.id()) && staff.organisationOf(demo.id()).isEmpty()) {
      staff.setOrganisation(demo.id(), STAFF_ORGANISATIONS.get(demo.id()), "demo");
    }
  }

  private void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private static DemoUser user(String id, String firstName, String lastName, Role role) {
    return new DemoUser(id, firstName, lastName, List.of(role.groupId()));
  }

  private static DemoUser reviewer(String id, String firstName, String lastName, Region region) {
    return new DemoUser(id, firstName, lastName,
        List.of(Role.DOCUMENT_REVIEWERS.groupId(), Role.DOCUMENT_REVIEWERS.groupFor(region)));
  }
}
