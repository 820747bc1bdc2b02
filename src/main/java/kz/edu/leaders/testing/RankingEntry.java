package kz.edu.leaders.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate's place in the cohort's ranking, with the rule version that put them there. */
@Entity
@Table(name = "ranking_entry")
public class RankingEntry {

  public enum State { PROPOSED, CONFIRMED, PUBLISHED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_year", nullable = false)
  private int cohortYear;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "ranking_position", nullable = false)
  private int position;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private boolean admitted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RankingRule.Basis basis;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected RankingEntry() {
  }

  RankingEntry(int cohortYear, RankingRule.Placed placed, int passMark, int ruleVersion, Instant proposedAt) {
    this.cohortYear = cohortYear;
    this.applicationId = placed.candidate().applicationId();
    this.position = placed.position();
    this.score = placed.candidate().score();
    this.admitted = placed.admitted();
    this.basis = placed.basis();
    this.passMark = passMark;
    this.ruleVersion = ruleVersion;
    this.state = State.PROPOSED;
    this.proposedAt = proposedAt;
  }

  void confirm(String by, Instant at) {
    state = State.CONFIRMED;
    confirmedBy = by;
    confirmedAt = at;
  }

  void published() {
    state = State.PUBLISHED;
  }

  public int getCohortYear() {
    return cohortYear;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public int getPosition() {
    return position;
  }

  public int getScore() {
    return score;
  }

  public boolean isAdmitted() {
    return admitted;
  }

  public RankingRule.Basis getBasis() {
    return basis;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getRuleVersion() {
    return ruleVersion;
  }

  public State getState() {
    return state;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
