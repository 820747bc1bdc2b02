package kz.edu.leaders.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.region.Region;

/** What a process owner sets for a cohort, through the API or the Tasklist start form. */
public record CohortSpec(
    @NotNull @Min(2023) @Max(2100) Integer year,
    @NotNull LocalDate applicationsOpen,
    @NotNull LocalDate applicationsClose,
    @NotNull LocalDate screeningDeadline,
    @NotNull LocalDate testWindowStart,
    @NotNull LocalDate testWindowEnd,
    @NotNull LocalDate rankingDate,
    @Min(1) @Max(10_000) Integer trainingCapacity,
    @Min(1) @Max(60) Integer resubmissionDays,
    Map<String, Integer> quotas) {

  public static final int DEFAULT_CAPACITY = 600;
  public static final int DEFAULT_RESUBMISSION_DAYS = 7;

  public record Problem(String field, String message) {
  }

  int trainingCapacityOrDefault() {
    return trainingCapacity == null ? DEFAULT_CAPACITY : trainingCapacity;
  }

  int resubmissionDaysOrDefault() {
    return resubmissionDays == null ? DEFAULT_RESUBMISSION_DAYS : resubmissionDays;
  }

  Map<Region, Integer> regionQuotas() {
    Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
    if (quotas != null) {
      quotas.forEach((region, seats) -> Region.parse(region).ifPresent(r -> byRegion.put(r, seats)));
    }
    return byRegion;
  }

  /** The rules across fields: the dates follow one another, the quotas fit the capacity. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    requireOrder(problems, "applicationsClose", applicationsOpen, applicationsClose, "applicationsOpen");
    requireOrder(problems, "screeningDeadline", applicationsClose, screeningDeadline, "applicationsClose");
    requireOrder(problems, "testWindowStart", screeningDeadline, testWindowStart, "screeningDeadline");
    requireOrder(problems, "testWindowEnd", testWindowStart, testWindowEnd, "testWindowStart");
    requireOrder(problems, "rankingDate", testWindowEnd, rankingDate, "testWindowEnd");
    if (year != null && applicationsOpen != null && applicationsOpen.getYear() != year) {
      problems.add(new Problem("applicationsOpen", "must fall in the cohort's year " + year));
    }
    if (quotas != null) {
      int total = 0;
      for (Map.Entry<String, Integer> quota : quotas.entrySet()) {
        if (Region.parse(quota.getKey()).isEmpty()) {
          problems.add(new Problem("quotas." + quota.getKey(), "is not one of the 17 regions or 3 cities"));
        } else if (quota.getValue() == null || quota.getValue() < 1) {
          problems.add(new Problem("quotas." + quota.getKey(), "must be at least 1 seat"));
        } else {
          total += quota.getValue();
        }
      }
      if (total > trainingCapacityOrDefault()) {
        problems.add(new Problem("quotas", "reserve " + total + " seats, more than the training capacity of "
            + trainingCapacityOrDefault()));
      }
    }
    return problems;
  }

  private static void requireOrder(List<Problem> problems, String field, LocalDate earlier, LocalDate later,
      String earlierField) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      problems.add(new Problem(field, "must not be before " + earlierField + " (" + earlier + ")"));
    }
  }
}
