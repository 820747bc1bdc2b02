package kz.edu.leaders.identity;

import java.util.Arrays;
import java.util.Optional;
import kz.edu.leaders.region.Region;

/**
 * Every role of the programme (DOMAIN.md) as a Camunda group. Regional roles get one more group per
 * region ({@code document-reviewers-turkistan}): tasks are routed to that group, so a reviewer in one
 * region never sees another region's candidates.
 */
public enum Role {
  DOCUMENT_REVIEWERS("document-reviewers", "Document reviewers", true),
  TEST_OPERATORS("test-operators", "Test operators", false),
  TRAINING_COORDINATORS("training-coordinators", "Training coordinators", false),
  TRAINERS("trainers", "Trainers", false),
  MENTORS("mentors", "Mentors", false),
  HOST_SCHOOLS("host-schools", "Host schools", false),
  EXPERT_REVIEWERS("expert-reviewers", "Expert reviewers", false),
  EXTERNAL_REVIEWERS("external-reviewers", "External reviewers", false),
  INTERVIEW_COMMISSION("interview-commission", "Interview commission", false),
  COMMISSION_CHAIR("commission-chair", "Commission chair", false),
  /** Decides candidates' appeals; never the appeal of a decision its member took part in. */
  APPEALS_COMMISSION("appeals-commission", "Appeals commission", false),
  REGIONAL_HR("regional-hr", "Regional HR", true),
  PROCESS_OWNERS("process-owners", "Process owners", false),
  AUDITORS("auditors", "Auditors", false),
  ADMINISTRATORS("administrators", "Administrators", false),
  /** The online application portal's service account: it submits applications, nothing else. */
  APPLICATION_INTAKE("application-intake", "Application intake (portal)", false);

  private final String groupId;
  private final String displayName;
  private final boolean regional;

  Role(String groupId, String displayName, boolean regional) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.regional = regional;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isRegional() {
    return regional;
  }

  /** The group a regional task is routed to, e.g. {@code document-reviewers-turkistan}. */
  public String groupFor(Region region) {
    if (!regional) {
      throw new IllegalStateException(groupId + " is not a regional role");
    }
    return groupId + "-" + region.slug();
  }

  /** The region of a regional group id, if it is one of this role's. */
  public Optional<Region> regionOf(String groupId) {
    if (!regional || !groupId.startsWith(this.groupId + "-")) {
      return Optional.empty();
    }
    String slug = groupId.substring(this.groupId.length() + 1);
    return Arrays.stream(Region.values()).filter(r -> r.slug().equals(slug)).findFirst();
  }

  /** Roles whose members work tasks in Tasklist. */
  public boolean worksTasks() {
    return this != AUDITORS && this != APPLICATION_INTAKE;
  }
}
