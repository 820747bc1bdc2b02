package kz.edu.leaders.appeal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's appeals, lodged and followed through the portal on their behalf (SecurityConfig). */
@RestController
public class AppealController {

  private final Appeals appeals;

  public AppealController(Appeals appeals) {
    this.appeals = appeals;
  }

  @PostMapping("/api/applications/{number}/appeals")
  @ResponseStatus(HttpStatus.CREATED)
  public Appeals.View lodge(@PathVariable String number, @RequestBody(required = false) Appeals.Request request,
      Authentication portal) {
    return appeals.lodge(number, request, portal.getName());
  }

  @GetMapping("/api/applications/{number}/appeals")
  public List<Appeals.View> list(@PathVariable String number) {
    return appeals.of(number);
  }
}
