package kz.edu.leaders.internship;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.edu.leaders.placement.Place;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.school.School;

/** A period in which a host school takes interns, and how many places it offers and has filled. */
@Entity
@Table(name = "internship_period")
public class InternshipPeriod implements Place {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @JsonIgnore
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "school_id", nullable = false)
  private School hostSchool;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false)
  private int places;

  @Column(name = "places_taken", nullable = false)
  private int placesTaken;

  protected InternshipPeriod() {
  }

  public InternshipPeriod(School hostSchool, LocalDate startsOn, LocalDate endsOn, int places) {
    this.hostSchool = hostSchool;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.places = places;
  }

  public int placesLeft() {
    return places - placesTaken;
  }

  @Override
  public Region region() {
    return hostSchool.getRegion();
  }

  @Override
  public String organisation() {
    return hostSchool.getName();
  }

  @Override
  public String label() {
    return hostSchool.getName() + " (" + startsOn + " – " + endsOn + ")";
  }

  @Override
  public Long getId() {
    return id;
  }

  public School getHostSchool() {
    return hostSchool;
  }

  public long getHostSchoolId() {
    return hostSchool.getId();
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getPlaces() {
    return places;
  }

  public int getPlacesTaken() {
    return placesTaken;
  }
}
