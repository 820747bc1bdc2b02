package kz.edu.leaders.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.staff.Organisations;

/** A leading school that hosts interns, in the registry coordinators keep. */
@Entity
@Table(name = "host_school")
public class HostSchool {

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

  @Column(nullable = false)
  private String email;

  /** The school's own account: it evaluates its interns' reports. */
  @Column(name = "user_id", unique = true)
  private String userId;

  protected HostSchool() {
  }

  public HostSchool(String name, Region region, String settlement, String email) {
    this.name = name;
    this.region = region;
    this.settlement = settlement;
    this.email = email;
  }

  /** Links (or relinks) the school's account: only through {@link HostSchoolRegistry}, which checks it. */
  HostSchool linkAccount(String userId) {
    this.userId = userId;
    return this;
  }

  /** The candidate works there: hosting them would be a conflict of interest. */
  public boolean isEmployerOf(String organisationName) {
    return Organisations.same(name, organisationName);
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

  public String getEmail() {
    return email;
  }

  public String getUserId() {
    return userId;
  }
}
