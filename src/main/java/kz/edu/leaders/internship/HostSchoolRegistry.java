package kz.edu.leaders.internship;

import java.util.List;
import java.util.Objects;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.staff.AccountTakenException;
import kz.edu.leaders.staff.StaffRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host-school registry and the schools' accounts: an account is linked only if it exists and is
 * in the host schools' group, and to one school at most. The API and the demo data both come through here.
 */
@Service
public class HostSchoolRegistry {

  private final HostSchoolRepository schools;
  private final StaffRegistry staff;

  public HostSchoolRegistry(HostSchoolRepository schools, StaffRegistry staff) {
    this.schools = schools;
    this.staff = staff;
  }

  /** @param userId the school's account, or null to link one later */
  @Transactional
  public HostSchool register(HostSchool school, String userId) {
    if (userId != null) {
      school.linkAccount(accountFor(school, userId));
    }
    return saved(school);
  }

  /** Links the school's account, or moves the link to another one. */
  @Transactional
  public HostSchool link(long schoolId, String userId) {
    HostSchool school = schools.findById(schoolId)
        .orElseThrow(() -> new HostSchoolController.HostSchoolNotFoundException(schoolId));
    return saved(school.linkAccount(accountFor(school, userId)));
  }

  @Transactional(readOnly = true)
  public List<HostSchool> all() {
    return schools.findAll();
  }

  private String accountFor(HostSchool school, String userId) {
    String account = staff.requireAccount(userId, Role.HOST_SCHOOLS);
    schools.findByUserId(account).filter(other -> !Objects.equals(other.getId(), school.getId())).ifPresent(other -> {
      throw new AccountTakenException(account + " is already the account of " + other.getName());
    });
    return account;
  }

  private HostSchool saved(HostSchool school) {
    try {
      return schools.saveAndFlush(school);
    } catch (DataIntegrityViolationException e) {
      // another coordinator linked the same account at the same moment
      throw new AccountTakenException(school.getUserId() + " is already linked to another host school");
    }
  }
}
