package kz.edu.leaders.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.journey.AsTheApplication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kz.edu.leaders.config.RequestRefused;

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

    StaffMemberNotFoundException(String userId) {
      super("No organisation registered for " + userId);
    }
  }

  /**
   * The account exists and, if a role is given, belongs to its group.
   *
   * @throws ApplicationStateException.InvalidRequest naming {@value #USER_ID} otherwise
   */
  public String requireAccount(String userId, Role role) {
    String id = userId == null ? "" : userId.strip();
    if (id.isEmpty() || !exists(id)) {
      throw new ApplicationStateException.InvalidRequest(USER_ID, "no user account " + (id.isEmpty() ? "given" : id));
    }
    if (role != null && !isMember(id, role)) {
      throw new ApplicationStateException.InvalidRequest(USER_ID,
          id + " is not a member of the group " + role.groupId());
    }
    return id;
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
      throw new ApplicationStateException.InvalidRequest("organisation", "the organisation's name, up to 300 characters");
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
    return staff.findById(userId).orElseThrow(() -> new StaffMemberNotFoundException(userId));
  }
}
