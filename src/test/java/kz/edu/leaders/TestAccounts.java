package kz.edu.leaders;

import java.util.Arrays;
import kz.edu.leaders.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Fresh user accounts (password "demo"), as an administrator creates them in Admin: not the demo users. */
@Component
public class TestAccounts {

  private final IdentityService identityService;

  public TestAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A new account in these roles' groups, with an id nobody else has. */
  public String newUser(String prefix, Role... roles) {
    String id = prefix + "." + System.nanoTime();
    User user = identityService.newUser(id);
    user.setFirstName(prefix);
    user.setLastName("Test");
    user.setEmail(id + "@leaders.example.kz");
    user.setPassword("demo");
    identityService.saveUser(user);
    Arrays.stream(roles).forEach(role -> identityService.createMembership(id, role.groupId()));
    return id;
  }
}
