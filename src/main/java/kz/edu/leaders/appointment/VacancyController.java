package kz.edu.leaders.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.reserve.Reserve;
import kz.edu.leaders.school.School;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vacancies at the registry's schools (regional HR registers them), and the reservist's side through
 * the portal: the answer to an offer, and whether they would move.
 */
@RestController
public class VacancyController {

  private final Appointments appointments;
  private final VacancyOfferRepository offers;
  private final ApplicationRepository applications;
  private final Reserve reserve;

  public VacancyController(Appointments appointments, VacancyOfferRepository offers,
      ApplicationRepository applications, Reserve reserve) {
    this.appointments = appointments;
    this.offers = offers;
    this.applications = applications;
    this.reserve = reserve;
  }

  public record NewVacancy(@NotNull Long schoolId, @NotNull LeadershipPost post, @NotNull LocalDate opensOn) {
  }

  public record VacancyView(long id, School school, LeadershipPost post, LocalDate opensOn, Vacancy.Status status,
      String registeredBy, String orderNumber, LocalDate orderDate, String closingNote, List<OfferView> offers) {
  }

  public record OfferView(long applicationId, VacancyOffer.Status status, Instant answerDue) {
  }

  public record Answer(Boolean accept) {
  }

  public record Relocation(Boolean willing) {
  }

  @PostMapping("/api/vacancies")
  public ResponseEntity<VacancyView> register(@Valid @RequestBody NewVacancy request, Authentication caller) {
    Vacancy vacancy = appointments.register(request.schoolId(), request.post(), request.opensOn(),
        CurrentUser.of(caller));
    return ResponseEntity.created(URI.create("/api/vacancies/" + vacancy.getId())).body(view(vacancy));
  }

  @GetMapping("/api/vacancies/{id}")
  public VacancyView vacancy(@PathVariable long id) {
    return view(appointments.vacancy(id));
  }

  @PostMapping("/api/applications/{number}/offer-answer")
  public OfferView answer(@PathVariable String number, @RequestBody Answer answer) {
    VacancyOffer offer = appointments.answer(number, answer.accept());
    return new OfferView(offer.getApplicationId(), offer.getStatus(), offer.getAnswerDue());
  }

  @PostMapping("/api/applications/{number}/relocation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void relocation(@PathVariable String number, @RequestBody Relocation relocation) {
    if (relocation.willing() == null) {
      throw new FieldRefused("willing", "Басқа өңірдегі лауазымға келісесіз бе, жоқ па, таңдаңыз / "
          + "Выберите, согласны ли вы на должность в другом регионе");
    }
    reserve.declareRelocation(applications.findByApplicationNumber(number)
        .orElseThrow(() -> new ApplicationNotFoundException(number)).getId(), relocation.willing());
  }

  private VacancyView view(Vacancy vacancy) {
    return new VacancyView(vacancy.getId(), vacancy.getSchool(), vacancy.getPost(), vacancy.getOpensOn(),
        vacancy.getStatus(), vacancy.getRegisteredBy(), vacancy.getOrderNumber(), vacancy.getOrderDate(),
        vacancy.getClosingNote(), offers.findByVacancyId(vacancy.getId()).stream()
            .map(o -> new OfferView(o.getApplicationId(), o.getStatus(), o.getAnswerDue())).toList());
  }
}
