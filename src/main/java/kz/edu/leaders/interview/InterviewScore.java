package kz.edu.leaders.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One commission member's score of one competency, 1 to 5. */
@Entity
@Table(name = "interview_score")
public class InterviewScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(nullable = false)
  private String member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Competency competency;

  @Column(nullable = false)
  private int score;

  @Column(name = "scored_at", nullable = false)
  private Instant scoredAt;

  protected InterviewScore() {
  }

  InterviewScore(long applicationId, String member, Competency competency, int score, Instant scoredAt) {
    this.applicationId = applicationId;
    this.member = member;
    this.competency = competency;
    this.score = score;
    this.scoredAt = scoredAt;
  }

  public String getMember() {
    return member;
  }

  public Competency getCompetency() {
    return competency;
  }

  public int getScore() {
    return score;
  }
}
