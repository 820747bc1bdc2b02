package kz.edu.leaders.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff registry: written by administrators, read by them, process owners and auditors (SecurityConfig). */
@RestController
@RequestMapping("/api/staff")
public class StaffController {

  private final StaffRegistry registry;

  public StaffController(StaffRegistry registry) {
    this.registry = registry;
  }

  public record Organisation(@NotBlank @Size(max = 300) String organisation) {
  }

  @PutMapping("/{userId}")
  public StaffMember set(@PathVariable String userId, @Valid @RequestBody Organisation request, Authentication caller) {
    return registry.setOrganisation(userId, request.organisation(), caller.getName());
  }

  @GetMapping
  public List<StaffMember> all() {
    return registry.all();
  }

  @GetMapping("/{userId}")
  public StaffMember of(@PathVariable String userId) {
    return registry.of(userId);
  }
}
