package kz.edu.leaders.application;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.edu.leaders.rules.DecisionRules;

/**
 * One decision about a candidate at one stage: what was decided, why, by whom, when. Kept apart
 * from the engine's history so that it outlives history cleanup and reads without joins.
 */
@Entity
@Table(name = "stage_result")
public class StageResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Stage stage;

  @Convert(converter = Outcome.Column.class)
  @Column(nullable = false, length = 40)
  private Outcome outcome;

  @Column(length = 2000)
  private String reason;

  @Column(name = "decided_by", nullable = false, length = 64)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  private Integer score;

  /** The DMN decision that produced the result, where one did. */
  @Column(name = "rule_id")
  private String ruleId;

  @Column(name = "rule_version")
  private Integer ruleVersion;

  /** The decision table's inputs and matched outputs, as JSON, where a table decided. */
  @Column(name = "rule_inputs")
  private String ruleInputs;

  @Column(name = "rule_outputs")
  private String ruleOutputs;

  /** The earlier result this one revises (an overturned appeal); that result itself is kept unchanged. */
  @Column(name = "revises_id")
  private Long revisesId;

  protected StageResult() {
  }

  /** @throws IllegalArgumentException when the stage records no such outcome */
  public StageResult(Long applicationId, Stage stage, Outcome outcome, String reason, String decidedBy,
      Instant decidedAt) {
    if (!stage.records(outcome)) {
      throw new IllegalArgumentException(stage + " records no outcome " + outcome + " (only " + stage.outcomes() + ")");
    }
    this.applicationId = applicationId;
    this.stage = stage;
    this.outcome = outcome;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /** A result a rule produced: which decision and version, and the score it was applied to. */
  public StageResult byRule(String ruleId, int ruleVersion, Integer score) {
    this.ruleId = ruleId;
    this.ruleVersion = ruleVersion;
    this.score = score;
    return this;
  }

  /** A result a DMN table produced: the decision, its version, what it saw and said. */
  public StageResult byRule(DecisionRules.Outcome outcome, Integer score) {
    byRule(outcome.decisionKey(), outcome.version(), score);
    this.ruleInputs = outcome.inputsJson();
    this.ruleOutputs = outcome.rowsJson();
    return this;
  }

  /** This result revises that one (kept as it was). */
  public StageResult revising(StageResult original) {
    this.revisesId = original.getId();
    return this;
  }

  public Long getRevisesId() {
    return revisesId;
  }

  public Long getId() {
    return id;
  }

  public String getRuleInputs() {
    return ruleInputs;
  }

  public String getRuleOutputs() {
    return ruleOutputs;
  }

  public Integer getScore() {
    return score;
  }

  public String getRuleId() {
    return ruleId;
  }

  public Integer getRuleVersion() {
    return ruleVersion;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Stage getStage() {
    return stage;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
