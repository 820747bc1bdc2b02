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
    // the earlier date named as the cohort form labels it
    requireOrder(problems, "applicationsClose", applicationsOpen, applicationsClose,
        "Өтінім қабылдау басталады / Приём заявок с");
    requireOrder(problems, "screeningDeadline", applicationsClose, screeningDeadline,
        "Өтінім қабылдау аяқталады / Приём заявок по");
    requireOrder(problems, "testWindowStart", screeningDeadline, testWindowStart,
        "Құжаттарды тексеру мерзімі / Срок проверки документов");
    requireOrder(problems, "testWindowEnd", testWindowStart, testWindowEnd, "Тестілеу басталады / Тестирование с");
    requireOrder(problems, "rankingDate", testWindowEnd, rankingDate, "Тестілеу аяқталады / Тестирование по");
    if (year != null && applicationsOpen != null && applicationsOpen.getYear() != year) {
      problems.add(new Problem("applicationsOpen", "Күн когорта жылында (" + year + ") болуы керек / "
          + "Дата должна быть в году когорты (" + year + ")"));
    }
    if (quotas != null) {
      int total = 0;
      for (Map.Entry<String, Integer> quota : quotas.entrySet()) {
        if (Region.parse(quota.getKey()).isEmpty()) {
          problems.add(new Problem("quotas." + quota.getKey(), "17 облыс пен 3 қаланың бірі емес / "
              + "Это не одна из 17 областей и 3 городов"));
        } else if (quota.getValue() == null || quota.getValue() < 1) {
          problems.add(new Problem("quotas." + quota.getKey(), "Кемінде 1 орын / Не менее 1 места"));
        } else {
          total += quota.getValue();
        }
      }
      if (total > trainingCapacityOrDefault()) {
        problems.add(new Problem("quotas", "Квоталар барлығы " + total + " орын, оқуға орын санынан ("
            + trainingCapacityOrDefault() + ") көп / Квоты в сумме " + total + " мест, больше мест на обучение ("
            + trainingCapacityOrDefault() + ")"));
      }
    }
    return problems;
  }

  /** @param earlierLabel the earlier date's label on the form, "Kazakh / Russian" */
  private static void requireOrder(List<Problem> problems, String field, LocalDate earlier, LocalDate later,
      String earlierLabel) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      String[] label = earlierLabel.split(" / ");
      problems.add(new Problem(field, "«" + label[0] + "» күнінен (" + earlier + ") ерте болмауы керек / "
          + "Не раньше даты «" + label[1] + "» (" + earlier + ")"));
    }
  }
}
