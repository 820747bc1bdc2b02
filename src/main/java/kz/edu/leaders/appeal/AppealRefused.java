package kz.edu.leaders.appeal;

import java.util.List;
import kz.edu.leaders.config.RequestRefused;
import org.springframework.http.HttpStatus;

/** An appeal the portal's request cannot lodge: the decision is not appealable, too late, or already appealed. */
class AppealRefused extends RequestRefused {

  private AppealRefused(HttpStatus status, String field, String message) {
    super(status, message, List.of(new FieldProblem(field, message)));
  }

  /** Not a decision this candidate may appeal (now): 422. */
  static AppealRefused unprocessable(String field, String message) {
    return new AppealRefused(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
  }

  /** This decision has been appealed already: 409. */
  static AppealRefused alreadyAppealed(AppealableDecision decision) {
    return new AppealRefused(HttpStatus.CONFLICT, "stage", "«" + decision.kazakh() + "» шешіміне апелляция бұрын "
        + "берілген / Решение «" + decision.russian() + "» уже обжаловано");
  }
}
