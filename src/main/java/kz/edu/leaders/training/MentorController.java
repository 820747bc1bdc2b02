package kz.edu.leaders.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import kz.edu.leaders.application.KnownRegion;
import kz.edu.leaders.config.ValidEmail;
import kz.edu.leaders.application.Region;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mentor registry: read by everyone signed in, kept by coordinators and process owners (SecurityConfig). */
@RestController
@RequestMapping("/api/mentors")
public class MentorController {

  private final MentorRepository mentors;

  public MentorController(MentorRepository mentors) {
    this.mentors = mentors;
  }

  public record NewMentor(@NotBlank @Size(max = 200) String fullName, @NotBlank @KnownRegion String region,
      @NotBlank @Size(max = 300) String organisation, @NotBlank @Size(max = 300) String expertise,
      @NotBlank @ValidEmail @Size(max = 254) String email, @NotNull @Min(1) @Max(50) Integer maxTrainees) {
  }

  @PostMapping
  public ResponseEntity<Mentor> register(@Valid @RequestBody NewMentor request) {
    Mentor mentor = mentors.save(new Mentor(request.fullName().trim(), Region.parse(request.region()).orElseThrow(),
        request.organisation().trim(), request.expertise().trim(), request.email().trim(), request.maxTrainees()));
    return ResponseEntity.created(URI.create("/api/mentors/" + mentor.getId())).body(mentor);
  }

  @GetMapping
  public List<Mentor> all() {
    return mentors.findAll();
  }
}
