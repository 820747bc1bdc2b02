package kz.edu.leaders.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import kz.edu.leaders.region.Region;

/** One year's selection: its dates drive the timers of the journeys and of the cohort's own process. */
@Entity
@Table(name = "cohort")
public class Cohort {

  @Id
  @Column(name = "cohort_year")
  private Integer year;

  @Column(name = "applications_open", nullable = false)
  private LocalDate applicationsOpen;

  @Column(name = "applications_close", nullable = false)
  private LocalDate applicationsClose;

  @Column(name = "screening_deadline", nullable = false)
  private LocalDate screeningDeadline;

  @Column(name = "test_window_start", nullable = false)
  private LocalDate testWindowStart;

  @Column(name = "test_window_end", nullable = false)
  private LocalDate testWindowEnd;

  @Column(name = "ranking_date", nullable = false)
  private LocalDate rankingDate;

  @Column(name = "training_capacity", nullable = false)
  private int trainingCapacity;

  @Column(name = "resubmission_days", nullable = false)
  private int resubmissionDays;

  /** Seats reserved for a region's best candidates; regions without a quota compete for the rest. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_quota", joinColumns = @JoinColumn(name = "cohort_year"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "region")
  @Column(name = "seats")
  private Map<Region, Integer> quotas = new EnumMap<>(Region.class);

  @Version
  private Long version;

  protected Cohort() {
  }

  Cohort(int year) {
    this.year = year;
  }

  void apply(CohortSpec spec) {
    applicationsOpen = spec.applicationsOpen();
    applicationsClose = spec.applicationsClose();
    screeningDeadline = spec.screeningDeadline();
    testWindowStart = spec.testWindowStart();
    testWindowEnd = spec.testWindowEnd();
    rankingDate = spec.rankingDate();
    trainingCapacity = spec.trainingCapacityOrDefault();
    resubmissionDays = spec.resubmissionDaysOrDefault();
    quotas.clear();
    quotas.putAll(spec.regionQuotas());
  }

  public boolean acceptsApplicationsOn(LocalDate day) {
    return !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
  }

  public int getYear() {
    return year;
  }

  public LocalDate getApplicationsOpen() {
    return applicationsOpen;
  }

  public LocalDate getApplicationsClose() {
    return applicationsClose;
  }

  public LocalDate getScreeningDeadline() {
    return screeningDeadline;
  }

  public LocalDate getTestWindowStart() {
    return testWindowStart;
  }

  public LocalDate getTestWindowEnd() {
    return testWindowEnd;
  }

  public LocalDate getRankingDate() {
    return rankingDate;
  }

  public int getTrainingCapacity() {
    return trainingCapacity;
  }

  public int getResubmissionDays() {
    return resubmissionDays;
  }

  public Map<Region, Integer> getQuotas() {
    return Map.copyOf(quotas);
  }
}
