package kz.edu.leaders.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a member of staff (an expert, a commission member) works: the conflict-of-interest rules read it. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private String organisation;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StaffMember() {
  }

  StaffMember(String userId) {
    this.userId = userId;
  }

  void worksAt(String organisation, String updatedBy, Instant updatedAt) {
    this.organisation = organisation;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public String getUserId() {
    return userId;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
