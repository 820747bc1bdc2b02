package kz.edu.leaders.application;

import kz.edu.leaders.config.FreeText;
import jakarta.validation.Valid;
import java.net.URI;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import org.springframework.http.ResponseEntity;
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

  /** The candidate sent the missing documents (through the portal): the journey returns to screening. */
  @PostMapping("/{applicationNumber}/documents")
  public ApplicationView resubmitDocuments(@PathVariable String applicationNumber) {
    return ApplicationView.of(applications.resubmitDocuments(applicationNumber), false);
  }

  public record WithdrawalRequest(@FreeText String reason) {
  }

  /**
   * Withdraws the candidate: the portal on the candidate's behalf, or a training coordinator (with a
   * reason) removing them. The journey ends wherever it stands.
   */
  @PostMapping("/{applicationNumber}/withdrawal")
  public ApplicationView withdraw(@PathVariable String applicationNumber,
      @RequestBody(required = false) WithdrawalRequest request, Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    boolean byCoordinator = !user.has(Role.APPLICATION_INTAKE);
    return ApplicationView.of(applications.withdraw(applicationNumber, byCoordinator,
        request == null ? null : request.reason(), user.userId()), false);
  }

  @GetMapping("/{applicationNumber}")
  public ApplicationView find(@PathVariable String applicationNumber, Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    Application application = applications.findReadable(applicationNumber, user);
    return ApplicationView.of(application, user.maySeePersonalDataOf(application.getRegion()));
  }
}
