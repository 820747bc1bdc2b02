package kz.edu.leaders.training;

import kz.edu.leaders.config.FreeText;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A mentor's meetings with a trainee: logged by the mentor (or a coordinator), read by them and auditors. */
@RestController
public class MentorMeetingController {

  private final MentorMeetings meetings;

  public MentorMeetingController(MentorMeetings meetings) {
    this.meetings = meetings;
  }

  public record NewMeeting(LocalDate date, String topic, @FreeText String notes) {
  }

  @PostMapping("/api/applications/{number}/mentor-meetings")
  @ResponseStatus(HttpStatus.CREATED)
  public MentorMeeting log(@PathVariable String number, @RequestBody NewMeeting meeting, Authentication caller) {
    return meetings.log(number, meeting.date(), meeting.topic(), meeting.notes(), CurrentUser.of(caller));
  }

  @GetMapping("/api/applications/{number}/mentor-meetings")
  public List<MentorMeeting> list(@PathVariable String number, Authentication caller) {
    return meetings.of(number, CurrentUser.of(caller));
  }
}
