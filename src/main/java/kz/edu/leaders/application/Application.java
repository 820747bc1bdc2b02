package kz.edu.leaders.application;

import kz.edu.leaders.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import kz.edu.leaders.journey.CandidateJourney;

/**
 * A candidate's application: the personal data lives here, not in process variables, so that the
 * engine's history holds only the application id and number.
 */
@Entity
@Table(name = "application")
public class Application {

  @Id
  private Long id;

  @Column(name = "application_number", nullable = false, unique = true, length = 20)
  private String applicationNumber;

  @Column(name = "cohort_year", nullable = false)
  private int cohortYear;

  @Column(nullable = false, length = 12)
  private String iin;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "middle_name")
  private String middleName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_post", nullable = false)
  private Post currentPost;

  @Enumerated(EnumType.STRING)
  @Column(name = "organisation_type", nullable = false)
  private OrganisationType organisationType;

  @Column(name = "organisation_name", nullable = false)
  private String organisationName;

  @Column(name = "years_of_experience", nullable = false)
  private int yearsOfExperience;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String phone;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private Long version;

  protected Application() {
  }

  public Application(long id, int cohortYear, String iin, PersonName name, Region region, Post currentPost,
      OrganisationType organisationType, String organisationName, int yearsOfExperience, String email,
      String phone, String preferredLanguage, Instant submittedAt) {
    this.id = id;
    this.cohortYear = cohortYear;
    this.iin = iin;
    this.lastName = name.lastName();
    this.firstName = name.firstName();
    this.middleName = name.middleName();
    this.region = region;
    this.currentPost = currentPost;
    this.organisationType = organisationType;
    this.organisationName = organisationName;
    this.yearsOfExperience = yearsOfExperience;
    this.email = email;
    this.phone = phone;
    this.preferredLanguage = preferredLanguage;
    this.submittedAt = submittedAt;
    this.status = ApplicationStatus.DOCUMENT_SCREENING;
    // YYYY-REG-NNNNN: unique because the id comes from a database sequence
    this.applicationNumber = String.format("%d-%s-%05d", cohortYear, region.code(), id);
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void changeStatus(ApplicationStatus status) {
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public int getCohortYear() {
    return cohortYear;
  }

  public String getIin() {
    return iin;
  }

  public String getMaskedIin() {
    return Iin.mask(iin);
  }

  /** What the candidate's journey carries from the start: ids, region and the masked IIN, nothing personal. */
  public Map<String, Object> journeyVariables() {
    return Map.of(
        CandidateJourney.APPLICATION_ID.name(), id,
        CandidateJourney.APPLICATION_NUMBER.name(), applicationNumber,
        CandidateJourney.REGION, getRegion().slug(),
        CandidateJourney.REGION_NAME.name(), getRegion().bilingualName(),
        CandidateJourney.CANDIDATE_MASKED_IIN, getMaskedIin(),
        CandidateJourney.COHORT_YEAR.name(), cohortYear);
  }

  public PersonName getName() {
    return new PersonName(lastName, firstName, middleName);
  }

  public Region getRegion() {
    return region;
  }

  public Post getCurrentPost() {
    return currentPost;
  }

  public OrganisationType getOrganisationType() {
    return organisationType;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public int getYearsOfExperience() {
    return yearsOfExperience;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
