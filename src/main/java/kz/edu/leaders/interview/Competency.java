package kz.edu.leaders.interview;

/**
 * What each commission member scores, 1 to 5; the form field of each is {@code score<Name>} (its
 * Kazakh and Russian label is in forms/interview-scoring.form).
 */
public enum Competency {
  STRATEGIC_VISION("scoreStrategicVision"),
  INSTRUCTIONAL_LEADERSHIP("scoreInstructionalLeadership"),
  TEAM_DEVELOPMENT("scoreTeamDevelopment"),
  COMMUNITY_PARTNERSHIP("scoreCommunityPartnership"),
  RESOURCE_MANAGEMENT("scoreResourceManagement");

  private final String field;

  Competency(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
