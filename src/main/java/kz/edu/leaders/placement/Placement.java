package kz.edu.leaders.placement;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Where a candidate was placed, whether the coordinator took a proposal or chose another place (and
 * why), and when the place was given back. Each stage's table names the place and the chooser in its
 * own words (its entity overrides {@code placeId}, {@code chosenBy} and {@code chosenAt}).
 */
@MappedSuperclass
public abstract class Placement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private long applicationId;

  @Column(name = "place_id", nullable = false)
  private long placeId;

  @Column(nullable = false)
  private boolean proposed;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "chosen_by", nullable = false)
  private String chosenBy;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  protected Placement() {
  }

  protected Placement(long applicationId, long placeId, boolean proposed, String overrideReason, String chosenBy,
      Instant chosenAt) {
    this.applicationId = applicationId;
    choose(placeId, proposed, overrideReason, chosenBy, chosenAt);
  }

  /**
   * A candidate placed again after a release (back in training after an appeal) keeps their one
   * row; the earlier choice stays on the auditor's trail (the earlier task and its form values).
   */
  final void choose(long placeId, boolean proposed, String overrideReason, String chosenBy, Instant chosenAt) {
    this.placeId = placeId;
    this.proposed = proposed;
    this.overrideReason = overrideReason;
    this.chosenBy = chosenBy;
    this.chosenAt = chosenAt;
    this.releasedAt = null;
  }

  final void release(Instant at) {
    releasedAt = at;
  }

  public long getApplicationId() {
    return applicationId;
  }

  protected long getPlaceId() {
    return placeId;
  }

  public boolean isProposed() {
    return proposed;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getChosenBy() {
    return chosenBy;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }
}
