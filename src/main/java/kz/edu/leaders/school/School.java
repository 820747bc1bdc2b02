package kz.edu.leaders.school;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import kz.edu.leaders.application.OrganisationType;
import kz.edu.leaders.region.Region;

/**
 * A school in the one registry, known by its name, region and settlement, in one role or both:
 * vacancies open there (Keleshek schools get reservists first), and it hosts interns (with its
 * contact address and the account that evaluates their reports).
 */
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

  @Column(name = "leads_vacancies", nullable = false)
  private boolean leadsVacancies;

  @Column(name = "hosts_interns", nullable = false)
  private boolean hostsInterns;

  /** Where a host school is written to; every host school has one. */
  @JsonIgnore
  @Column
  private String email;

  /** A host school's own account: it evaluates its interns' reports. */
  @JsonIgnore
  @Column(name = "user_id", unique = true)
  private String userId;

  protected School() {
  }

  private School(String name, Region region, String settlement, OrganisationType organisationType, boolean keleshek) {
    this.name = name;
    this.region = region;
    this.settlement = settlement;
    this.organisationType = organisationType;
    this.keleshek = keleshek;
  }

  /** A school of the ministry's registry, where vacancies open. */
  public static School leadingVacancies(String name, Region region, String settlement,
      OrganisationType organisationType, boolean keleshek) {
    School school = new School(name, region, settlement, organisationType, keleshek);
    school.leadsVacancies = true;
    return school;
  }

  /**
   * A school that hosts interns: a general school, not Keleshek, until the ministry's import says
   * otherwise.
   */
  public static School hostingInterns(String name, Region region, String settlement, String email) {
    return new School(name, region, settlement, OrganisationType.SCHOOL, false).hostInterns(email);
  }

  /** The ministry's import: the school's type and Keleshek mark, and its vacancies role. */
  void leadVacancies(OrganisationType organisationType, boolean keleshek) {
    this.organisationType = organisationType;
    this.keleshek = keleshek;
    this.leadsVacancies = true;
  }

  School hostInterns(String email) {
    this.email = email;
    this.hostsInterns = true;
    return this;
  }

  /** Links (or relinks) the school's account: only through {@link SchoolRegistry}, which checks it. */
  School linkAccount(String userId) {
    this.userId = userId;
    return this;
  }

  public boolean has(SchoolRole role) {
    return role == SchoolRole.VACANCIES ? leadsVacancies : hostsInterns;
  }

  public Set<SchoolRole> getRoles() {
    Set<SchoolRole> roles = EnumSet.noneOf(SchoolRole.class);
    for (SchoolRole role : SchoolRole.values()) {
      if (has(role)) {
        roles.add(role);
      }
    }
    return roles;
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

  public String getEmail() {
    return email;
  }

  public String getUserId() {
    return userId;
  }
}
