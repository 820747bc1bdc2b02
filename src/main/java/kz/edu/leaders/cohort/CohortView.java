package kz.edu.leaders.cohort;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

public record CohortView(int year, LocalDate applicationsOpen, LocalDate applicationsClose,
    LocalDate screeningDeadline, LocalDate testWindowStart, LocalDate testWindowEnd, LocalDate rankingDate,
    int trainingCapacity, int resubmissionDays, Map<String, Integer> quotas) {

  static CohortView of(Cohort c) {
    Map<String, Integer> quotas = new TreeMap<>();
    c.getQuotas().forEach((region, seats) -> quotas.put(region.name(), seats));
    return new CohortView(c.getYear(), c.getApplicationsOpen(), c.getApplicationsClose(), c.getScreeningDeadline(),
        c.getTestWindowStart(), c.getTestWindowEnd(), c.getRankingDate(), c.getTrainingCapacity(),
        c.getResubmissionDays(), quotas);
  }
}
