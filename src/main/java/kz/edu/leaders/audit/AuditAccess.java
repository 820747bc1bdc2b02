package kz.edu.leaders.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look at the trail: who looked at whom, how, and when. Looks are audited too. */
@Entity
@Table(name = "audit_access")
public class AuditAccess {

  public enum Action { TRAIL, REVEAL, SEARCH, EXPORT_CSV, EXPORT_PDF, PAGE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String auditor;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  @Column(name = "application_number")
  private String applicationNumber;

  private String detail;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected AuditAccess() {
  }

  AuditAccess(String auditor, Action action, String applicationNumber, String detail, Instant accessedAt) {
    this.auditor = auditor;
    this.action = action;
    this.applicationNumber = applicationNumber;
    this.detail = detail;
    this.accessedAt = accessedAt;
  }

  public String getAuditor() {
    return auditor;
  }

  public Action getAction() {
    return action;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getAccessedAt() {
    return accessedAt;
  }
}
