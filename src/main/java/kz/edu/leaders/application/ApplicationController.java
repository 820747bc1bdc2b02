package kz.edu.leaders.application;

import jakarta.validation.Valid;
import java.net.URI;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  private final ApplicationService applications;

  public ApplicationController(ApplicationService applications) {
    this.applications = applications;
  }

  /** Submits an application and starts the candidate's journey at document screening. */
  @PostMapping
  public ResponseEntity<ApplicationView> submit(@Valid @RequestBody NewApplication request) {
    Application application = applications.submit(request);
    return ResponseEntity.created(URI.create("/api/applications/" + application.getApplicationNumber()))
        .body(ApplicationView.of(application, false));
  }

  @GetMapping("/{applicationNumber}")
  public ApplicationView find(@PathVariable String applicationNumber, Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    Application application = applications.find(applicationNumber);
    if (!user.mayReadApplicationIn(application.getRegion())) {
      throw new AccessDeniedException("Not allowed to read applications from " + application.getRegion().displayName());
    }
    return ApplicationView.of(application, user.maySeePersonalDataOf(application.getRegion()));
  }
}
