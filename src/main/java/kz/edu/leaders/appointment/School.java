package kz.edu.leaders.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.region.Region;

/** A school in the registry, where vacancies open; Keleshek schools get reservists first. */
@Entity
@Table(name = "school")
public class School {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @Column(nullable = false)
  private String settlement;

  @Enumerated(EnumType.STRING)
  @Column(name = "organisation_type", nullable = false)
  private OrganisationType organisationType;

  @Column(nullable = false)
  private boolean keleshek;

  protected School() {
  }

  public School(String name, Region region, String settlement, OrganisationType organisationType, boolean keleshek) {
    this.name = name;
    this.region = region;
    this.settlement = settlement;
    this.organisationType = organisationType;
    this.keleshek = keleshek;
  }

  void update(OrganisationType organisationType, boolean keleshek) {
    this.organisationType = organisationType;
    this.keleshek = keleshek;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public String getSettlement() {
    return settlement;
  }

  public OrganisationType getOrganisationType() {
    return organisationType;
  }

  public boolean isKeleshek() {
    return keleshek;
  }
}
