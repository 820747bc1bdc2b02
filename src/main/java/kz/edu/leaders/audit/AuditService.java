package kz.edu.leaders.audit;

import java.time.Clock;
import java.util.List;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.region.Region;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What auditors read, and the record that they read it. */
@Service
public class AuditService {

  static final int SEARCH_LIMIT = 200;

  private final ApplicationRepository applications;
  private final AuditTrail trail;
  private final AuditAccessRepository accesses;
  private final Clock clock;

  public AuditService(ApplicationRepository applications, AuditTrail trail, AuditAccessRepository accesses,
      Clock clock) {
    this.applications = applications;
    this.trail = trail;
    this.accesses = accesses;
    this.clock = clock;
  }

  public record Trail(Application application, List<TrailEvent> events) {
  }

  public record Criteria(String number, String iin, Integer cohort, Region region, ApplicationStatus status,
      Stage stage, Outcome outcome) {

    String describe() {
      return "number=" + number + ", iin=" + (iin == null ? null : "given") + ", cohort=" + cohort + ", region="
          + region + ", status=" + status + ", stage=" + stage + ", outcome=" + outcome;
    }
  }

  /** The candidate's trail; the look is logged in the same transaction, so no look goes unrecorded. */
  @Transactional
  public Trail trail(String applicationNumber, String auditor, AuditAccess.Action action) {
    Application application = applications.findByApplicationNumber(applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    accesses.save(new AuditAccess(auditor, action, applicationNumber, null, clock.instant()));
    return new Trail(application, trail.of(application));
  }

  @Transactional
  public List<Application> search(Criteria criteria, String auditor) {
    accesses.save(new AuditAccess(auditor, AuditAccess.Action.SEARCH, criteria.number(), criteria.describe(),
        clock.instant()));
    return applications.search(criteria.number(), criteria.iin(), criteria.cohort(), criteria.region(),
        criteria.status(), criteria.stage(), criteria.outcome(), PageRequest.of(0, SEARCH_LIMIT));
  }

  @Transactional(readOnly = true)
  public List<AuditAccess> accessesTo(String applicationNumber) {
    return accesses.findByApplicationNumberOrderByAccessedAtAsc(applicationNumber);
  }
}
