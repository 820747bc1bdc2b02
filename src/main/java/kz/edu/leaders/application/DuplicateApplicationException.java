package kz.edu.leaders.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import kz.edu.leaders.config.RequestRefused;

/** The same person has already applied in this cohort. */
public class DuplicateApplicationException extends RequestRefused {

  public DuplicateApplicationException(int cohortYear) {
    this("Бұл ЖСН-мен " + cohortYear + " когортасына өтінім бұрын берілген / "
        + "Заявка с этим ИИН в когорту " + cohortYear + " года уже подана");
  }

  private DuplicateApplicationException(String message) {
    super(HttpStatus.CONFLICT, message, List.of(new FieldProblem("iin", message)));
  }
}
