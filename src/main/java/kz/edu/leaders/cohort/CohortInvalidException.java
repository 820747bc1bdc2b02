package kz.edu.leaders.cohort;

import java.util.List;

/** A cohort's dates or quotas do not fit together; each problem names its field. */
public class CohortInvalidException extends RuntimeException {

  private final List<CohortSpec.Problem> problems;

  public CohortInvalidException(List<CohortSpec.Problem> problems) {
    super("Invalid cohort: " + problems.stream().map(p -> p.field() + " " + p.message()).toList());
    this.problems = List.copyOf(problems);
  }

  public List<CohortSpec.Problem> problems() {
    return problems;
  }
}
