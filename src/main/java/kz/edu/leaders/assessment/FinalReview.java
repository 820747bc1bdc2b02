package kz.edu.leaders.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reviewer's blind score of a reflective report. */
@Entity
@Table(name = "final_review")
public class FinalReview {

  public enum Kind { EXPERT, ARBITRATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(nullable = false)
  private String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private int score;

  @Column(name = "review_comment")
  private String comment;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected FinalReview() {
  }

  FinalReview(long applicationId, String reviewer, Kind kind, int score, String comment, Instant reviewedAt) {
    this.applicationId = applicationId;
    this.reviewer = reviewer;
    this.kind = kind;
    this.score = score;
    this.comment = comment;
    this.reviewedAt = reviewedAt;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Kind getKind() {
    return kind;
  }

  public int getScore() {
    return score;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
