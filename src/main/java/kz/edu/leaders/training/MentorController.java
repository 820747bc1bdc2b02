package kz.edu.leaders.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import kz.edu.leaders.region.KnownRegion;
import kz.edu.leaders.config.ValidEmail;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mentor registry: read by everyone signed in (e-mails only by the roles that keep it), kept by
 * coordinators, process owners and administrators (SecurityConfig), who also link each mentor's account.
 */
@RestController
@RequestMapping("/api/mentors")
public class MentorController {

  private final MentorRegistry registry;

  public MentorController(MentorRegistry registry) {
    this.registry = registry;
  }

  /** @param userId the mentor's own account (group mentors), so that they log meetings and sign off */
  public record NewMentor(@NotBlank @Size(max = 200) String fullName, @NotBlank @KnownRegion String region,
      @NotBlank @Size(max = 300) String organisation, @NotBlank @Size(max = 300) String expertise,
      @NotBlank @ValidEmail @Size(max = 254) String email, @NotNull @Min(1) @Max(50) Integer maxTrainees,
      @Size(max = 64) String userId) {
  }

  public record Account(@NotBlank @Size(max = 64) String userId) {
  }

  /** A mentor as the registry shows them; {@code email} is null for those who do not keep the registry. */
  public record MentorView(long id, String fullName, String region, String organisation, String expertise,
      String email, int maxTrainees, int activeTrainees, String userId) {

    static MentorView of(Mentor mentor, CurrentUser caller) {
      return new MentorView(mentor.getId(), mentor.getFullName(), mentor.getRegion().name(), mentor.getOrganisation(),
          mentor.getExpertise(), caller.maySeeStaffContacts() ? mentor.getEmail() : null, mentor.getMaxTrainees(),
          mentor.getActiveTrainees(), mentor.getUserId());
    }
  }

  @PostMapping
  public ResponseEntity<MentorView> register(@Valid @RequestBody NewMentor request, Authentication caller) {
    Mentor mentor = registry.register(new Mentor(request.fullName().trim(), Region.parse(request.region()).orElseThrow(),
        request.organisation().trim(), request.expertise().trim(), request.email().trim(), request.maxTrainees()),
        request.userId());
    return ResponseEntity.created(URI.create("/api/mentors/" + mentor.getId()))
        .body(MentorView.of(mentor, CurrentUser.of(caller)));
  }

  @PutMapping("/{id}/user")
  public MentorView link(@PathVariable long id, @Valid @RequestBody Account account, Authentication caller) {
    return MentorView.of(registry.link(id, account.userId()), CurrentUser.of(caller));
  }

  @GetMapping
  public List<MentorView> all(Authentication caller) {
    CurrentUser user = CurrentUser.of(caller);
    return registry.all().stream().map(mentor -> MentorView.of(mentor, user)).toList();
  }
}
