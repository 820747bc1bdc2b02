package kz.edu.leaders.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of a candidate's history: when, what, where in which process version, who, and the
 * particulars (form values, scores, the rule and what it saw, the mail sent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrailEvent(Instant at, Kind kind, String process, String activityId, String activityName, String who,
    String detail) {

  public enum Kind {
    PROCESS_STARTED, PROCESS_ENDED, ACTIVITY_ENTERED, ACTIVITY_LEFT, TASK_ROUTED, FORM_SUBMITTED, VARIABLE_SET,
    STAGE_RESULT, MAIL, OPERATION, INCIDENT_RAISED, INCIDENT_RESOLVED,
    /** A post offered to the reservist, and what became of the offer. */
    OFFER,
    /** A document the candidate uploaded, or a reviewer opened. */
    DOCUMENT
  }
}
