package kz.edu.leaders.cohort;

import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.config.RequestRefused;
import org.springframework.http.HttpStatus;

/** A cohort's dates or quotas do not fit together; each problem names its field. */
public class CohortInvalidException extends RequestRefused {

  public CohortInvalidException(List<CohortSpec.Problem> problems) {
    super(HttpStatus.BAD_REQUEST, invalidFields(problems.stream().map(CohortSpec.Problem::field).distinct()
        .collect(Collectors.joining(", "))), problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
  }
}
