package kz.edu.leaders.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import java.time.LocalDate;
import kz.edu.leaders.region.ProgrammeClock;
import kz.edu.leaders.config.RequestRefused;

/** No cohort takes applications on this day. */
public class ApplicationsClosedException extends RequestRefused {

  private static final String FIELD = "cohort";

  public ApplicationsClosedException(LocalDate day) {
    this("Өтінім қабылдау жабық: " + ProgrammeClock.DAY.format(day) + " күні өтінімді ешбір когорта қабылдамайды / "
        + "Приём заявок закрыт: " + ProgrammeClock.DAY.format(day) + " заявки не принимает ни одна когорта");
  }

  private ApplicationsClosedException(String message) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, message, List.of(new FieldProblem(FIELD, message)));
  }
}
