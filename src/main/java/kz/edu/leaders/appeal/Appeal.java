package kz.edu.leaders.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A candidate's appeal against one recorded decision (a stage result), and the commission's answer. */
@Entity
@Table(name = "appeal")
public class Appeal {

  public enum State { LODGED, UPHELD, OVERTURNED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "stage_result_id", nullable = false)
  private Long stageResultId;

  @Column(nullable = false, length = 40)
  private String stage;

  @Column(nullable = false, length = 2000)
  private String reason;

  /** Comma-separated user ids of everyone who took the appealed decision. */
  @Column(nullable = false, length = 1000)
  private String deciders;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "lodged_at", nullable = false)
  private Instant lodgedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  /** A test appeal overturned: the score the commission found. */
  @Column(name = "revised_score")
  private Integer revisedScore;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected Appeal() {
  }

  Appeal(long applicationId, long stageResultId, String stage, String reason, List<String> deciders, Instant lodgedAt) {
    this.applicationId = applicationId;
    this.stageResultId = stageResultId;
    this.stage = stage;
    this.reason = reason;
    this.deciders = String.join(",", deciders);
    this.state = State.LODGED;
    this.lodgedAt = lodgedAt;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decide(boolean overturned, String reason, Integer revisedScore, String member, Instant at) {
    this.state = overturned ? State.OVERTURNED : State.UPHELD;
    this.decisionReason = reason;
    this.revisedScore = revisedScore;
    this.decidedBy = member;
    this.decidedAt = at;
  }

  public boolean decidedBy(String userId) {
    return deciders().contains(userId);
  }

  public List<String> deciders() {
    return deciders.isEmpty() ? List.of() : Arrays.asList(deciders.split(","));
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getStageResultId() {
    return stageResultId;
  }

  public String getStage() {
    return stage;
  }

  public String getReason() {
    return reason;
  }

  public State getState() {
    return state;
  }

  public Instant getLodgedAt() {
    return lodgedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Integer getRevisedScore() {
    return revisedScore;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
