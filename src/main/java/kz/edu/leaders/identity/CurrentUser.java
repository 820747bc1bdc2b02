package kz.edu.leaders.identity;

import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.region.Region;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The caller of an API request and the groups they belong to. */
public record CurrentUser(String userId, Set<String> groups) {

  public static CurrentUser of(Authentication authentication) {
    return new CurrentUser(authentication.getName(),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
  }

  public boolean has(Role role) {
    return groups.contains(role.groupId());
  }

  public boolean has(Role role, Region region) {
    return groups.contains(role.groupFor(region));
  }

  /** Whole IIN, names and contacts: administrators and the candidate's own regional reviewers. */
  public boolean maySeePersonalDataOf(Region region) {
    return has(Role.ADMINISTRATORS) || has(Role.DOCUMENT_REVIEWERS, region);
  }

  /** An application's status and masked data: the roles above plus the programme's overseers and the portal. */
  public boolean mayReadApplicationIn(Region region) {
    return maySeePersonalDataOf(region) || has(Role.PROCESS_OWNERS) || has(Role.AUDITORS)
        || has(Role.APPLICATION_INTAKE);
  }

  /**
   * Who judged how, by name (the rater figures): process owners who score no candidate themselves, so
   * no expert or commission member ever sees how they and their peers compare.
   */
  public boolean mayReadRaterFigures() {
    return has(Role.PROCESS_OWNERS) && !has(Role.EXPERT_REVIEWERS) && !has(Role.EXTERNAL_REVIEWERS)
        && !has(Role.INTERVIEW_COMMISSION) && !has(Role.COMMISSION_CHAIR);
  }

  /** Staff contacts (mentors' and host schools' e-mails): the roles that keep those registries. */
  public boolean maySeeStaffContacts() {
    return has(Role.TRAINING_COORDINATORS) || has(Role.PROCESS_OWNERS) || has(Role.ADMINISTRATORS);
  }
}
