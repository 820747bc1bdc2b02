package kz.edu.leaders.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.edu.leaders.placement.Place;
import kz.edu.leaders.region.Region;

/** A mentor in the registry, and how many trainees they take and have. */
@Entity
@Table(name = "mentor")
public class Mentor implements Place {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @Column(nullable = false)
  private String organisation;

  @Column(nullable = false)
  private String expertise;

  @Column(nullable = false)
  private String email;

  @Column(name = "max_trainees", nullable = false)
  private int maxTrainees;

  @Column(name = "active_trainees", nullable = false)
  private int activeTrainees;

  /** The mentor's own user account, so they can log their meetings. */
  @Column(name = "user_id", unique = true)
  private String userId;

  protected Mentor() {
  }

  public Mentor(String fullName, Region region, String organisation, String expertise, String email, int maxTrainees) {
    this.fullName = fullName;
    this.region = region;
    this.organisation = organisation;
    this.expertise = expertise;
    this.email = email;
    this.maxTrainees = maxTrainees;
  }

  /** Links (or relinks) the mentor's account: only through {@link MentorRegistry}, which checks it. */
  Mentor linkAccount(String userId) {
    this.userId = userId;
    return this;
  }

  public String getUserId() {
    return userId;
  }

  @Override
  public Region region() {
    return region;
  }

  @Override
  public String organisation() {
    return organisation;
  }

  @Override
  public String label() {
    return fullName;
  }

  public int placesLeft() {
    return maxTrainees - activeTrainees;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }

  public Region getRegion() {
    return region;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getExpertise() {
    return expertise;
  }

  public String getEmail() {
    return email;
  }

  public int getMaxTrainees() {
    return maxTrainees;
  }

  public int getActiveTrainees() {
    return activeTrainees;
  }
}
