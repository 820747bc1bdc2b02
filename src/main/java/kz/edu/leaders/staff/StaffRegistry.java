package kz.edu.leaders.staff;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.config.RequestRefused;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.AsTheApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people behind the registries: which accounts exist and belong to which role (checked before a
 * mentor or a host school is linked to one), and where experts and commission members work (the
 * staff registry, kept by administrators), for every conflict-of-interest rule.
 */
@Service
public class StaffRegistry {

  /** The field every refusal of an account names. */
  public static final String USER_ID = "userId";

  private final StaffMemberRepository staff;
  private final IdentityService identityService;
  private final AsTheApplication asTheApplication;
  private final Clock clock;

  public StaffRegistry(StaffMemberRepository staff, IdentityService identityService,
      AsTheApplication asTheApplication, Clock clock) {
    this.staff = staff;
    this.identityService = identityService;
    this.asTheApplication = asTheApplication;
    this.clock = clock;
  }

  public static class StaffMemberNotFoundException extends RequestRefused.NotFound {

    /** @param named the person's name in brackets, or "" when the account has none */
    StaffMemberNotFoundException(String named) {
      super("Жұмыс орны тіркелмеген" + named + " / Место работы не зарегистрировано" + named);
    }
  }

  /**
   * The account exists and, if a role is given, belongs to its group.
   *
   * @throws FieldRefused naming {@value #USER_ID} otherwise
   */
  public String requireAccount(String userId, Role role) {
    String id = userId == null ? "" : userId.strip();
    if (id.isEmpty()) {
      throw new FieldRefused(USER_ID, "Есептік жазбаны көрсетіңіз / Укажите учётную запись");
    }
    if (!exists(id)) {
      throw new FieldRefused(USER_ID, "Мұндай есептік жазба жоқ / Такой учётной записи нет");
    }
    if (role != null && !isMember(id, role)) {
      throw new FieldRefused(USER_ID, "Есептік жазба" + named(id) + " «" + role.nameIn("kk")
          + "» тобына кірмейді / Учётная запись" + named(id) + " не входит в группу «" + role.nameIn("ru") + "»");
    }
    return id;
  }

  /** The account holder's name in brackets, to tell a person which account is meant; "" when it has none. */
  private String named(String userId) {
    User user = asTheApplication.run(() -> identityService.createUserQuery().userId(userId).singleResult());
    String name = user == null ? ""
        : (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
    return name.isEmpty() ? "" : " (" + name + ")";
  }

  /** Whether the account is in the role's group, whatever the caller may see of users. */
  public boolean isMember(String userId, Role role) {
    return isInGroup(userId, role.groupId());
  }

  /** Whether the account is in the group (a regional one, say), whatever the caller may see of users. */
  public boolean isInGroup(String userId, String groupId) {
    return userId != null && asTheApplication.run(() -> identityService.createUserQuery().userId(userId)
        .memberOfGroup(groupId).count() == 1);
  }

  private boolean exists(String userId) {
    return asTheApplication.run(() -> identityService.createUserQuery().userId(userId).count() == 1);
  }

  /** Records where the person works (administrators, through the API; the demo data the same way). */
  @Transactional
  public StaffMember setOrganisation(String userId, String organisation, String updatedBy) {
    String id = requireAccount(userId, null);
    if (organisation == null || organisation.isBlank() || organisation.strip().length() > 300) {
      throw new FieldRefused("organisation",
          "Ұйымның атауын жазыңыз (ең көбі 300 таңба) / Укажите название организации (не более 300 символов)");
    }
    StaffMember member = staff.findById(id).orElseGet(() -> new StaffMember(id));
    member.worksAt(organisation.strip(), updatedBy, clock.instant());
    return staff.save(member);
  }

  @Transactional(readOnly = true)
  public Optional<String> organisationOf(String userId) {
    return userId == null ? Optional.empty() : staff.findById(userId).map(StaffMember::getOrganisation);
  }

  /** The person is registered as working at this organisation: a conflict of interest for its candidates. */
  @Transactional(readOnly = true)
  public boolean worksAt(String userId, String organisation) {
    return organisationOf(userId).filter(own -> Organisations.same(own, organisation)).isPresent();
  }

  @Transactional(readOnly = true)
  public List<StaffMember> all() {
    return staff.findAllByOrderByUserIdAsc();
  }

  @Transactional(readOnly = true)
  public StaffMember of(String userId) {
    return staff.findById(userId).orElseThrow(() -> new StaffMemberNotFoundException(named(userId)));
  }
}
