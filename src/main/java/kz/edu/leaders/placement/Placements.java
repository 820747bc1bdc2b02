package kz.edu.leaders.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.config.FieldRefused;
import kz.edu.leaders.journey.FormChoices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing candidates, for every stage that does (a mentor in training, a host school's period in the
 * internship): it proposes places with room left, the candidate's region first, never where the
 * candidate works; the coordinator takes a proposal, or another place with a reason; the choice takes
 * a place only if one is left, even when two coordinators choose the same at once, and a candidate who
 * leaves gives it back. A stage says which places are open, in what order, and what it records.
 *
 * @param <P> the place
 * @param <R> the stage's record of a placement
 */
public abstract class Placements<P extends Place, R extends Placement> {

  static final int PROPOSALS = 5;

  /** The form field of the chosen place, and what refusals call a place, in Kazakh and in Russian. */
  public record Wording(String field, String kk, String ru) {

    /** A refusal shown at the form field, "Kazakh / Russian". */
    FieldRefused refused(String why) {
      return new FieldRefused(field, why);
    }

    FieldRefused notFound() {
      return refused("Таңдалған " + kk + " табылмады / Выбранный " + ru + " не найден");
    }
  }

  private final PlaceRepository<P> places;
  private final PlacementRepository<R> placements;
  private final ApplicationRepository applications;
  private final Wording wording;
  protected final Clock clock;

  protected Placements(PlaceRepository<P> places, PlacementRepository<R> placements,
      ApplicationRepository applications, Clock clock, Wording wording) {
    this.places = places;
    this.placements = placements;
    this.applications = applications;
    this.clock = clock;
    this.wording = wording;
  }

  /** The places a candidate could take now, each with a place left. */
  protected abstract List<P> open();

  /** The order of the proposals, after the candidate's region. */
  protected abstract Comparator<P> proposalOrder();

  /** The order of the other places on the form, after the candidate's region. */
  protected Comparator<P> othersOrder() {
    return proposalOrder();
  }

  protected abstract R newPlacement(long applicationId, P place, boolean proposed, String overrideReason,
      String chosenBy, Instant at);

  /** @throws FieldRefused when the place cannot be taken any more, whatever its room */
  protected void refuseIfClosed(P place) {
  }

  /** After the place is taken and recorded, in the same transaction. */
  protected void placed(long applicationId) {
  }

  /** Whether a candidate who leaves gives this place back. */
  protected boolean givenBackOnRelease(P place) {
    return true;
  }

  @Transactional(readOnly = true)
  public List<P> propose(long applicationId) {
    Application candidate = candidate(applicationId);
    return openTo(candidate).sorted(regionFirst(candidate).thenComparing(proposalOrder())).limit(PROPOSALS).toList();
  }

  /** What the coordinator chooses from: the proposals, then every other place open to the candidate (an override). */
  public record Choices<P extends Place>(List<P> proposed, List<P> others) {

    /**
     * The proposals as a table on the form.
     *
     * @param none what the form says when there are none
     */
    public String proposalTable(String none, List<String> columns, Function<P, List<?>> cells) {
      if (proposed.isEmpty()) {
        return none;
      }
      return Stream.concat(Stream.of(columns, columns.stream().map(column -> "---").toList()),
              proposed.stream().map(cells))
          .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |")))
          .collect(Collectors.joining("\n"));
    }

    /** The form's list to choose from: the proposals first, then the others, each marked so. */
    public ObjectValue formOptions(Function<P, String> describe) {
      List<FormChoices.Option> options = new ArrayList<>();
      proposed.forEach(place -> options.add(option("Ұсыныс / Предложение: ", place, describe)));
      others.forEach(place -> options.add(option("Басқа, себебімен / Другой, с причиной: ", place, describe)));
      return FormChoices.options(options);
    }

    private FormChoices.Option option(String kind, P place, Function<P, String> describe) {
      return new FormChoices.Option(kind + describe.apply(place), String.valueOf(place.getId()));
    }
  }

  @Transactional(readOnly = true)
  public Choices<P> choices(long applicationId) {
    Application candidate = candidate(applicationId);
    List<P> proposed = propose(applicationId);
    List<P> others = openTo(candidate).filter(place -> !isAmong(place, proposed))
        .sorted(regionFirst(candidate).thenComparing(othersOrder())).toList();
    return new Choices<>(proposed, others);
  }

  /** The coordinator's choice on the task's form, read and checked at the edge. */
  public PlaceChoice chosenOn(DelegateTask task) {
    return PlaceChoice.from(task, wording);
  }

  /** The coordinator's choice ({@link #chosenOn}). */
  @Transactional
  public P choose(long applicationId, PlaceChoice choice) {
    return choose(applicationId, choice.placeId(), choice.overrideReason(), choice.coordinator());
  }

  /**
   * @param overrideReason required when the place is not among the proposals
   * @return the place, with the room it has left now
   * @throws FieldRefused naming the form field, when the choice cannot stand
   */
  @Transactional
  public P choose(long applicationId, long placeId, String overrideReason, String coordinator) {
    Application candidate = candidate(applicationId);
    P place = places.findById(placeId).orElseThrow(wording::notFound);
    if (place.sharesOrganisationWith(candidate)) {
      throw refused("Үміткер «" + place.organisation() + "» ұйымында жұмыс істейді (мүдделер қақтығысы) / "
          + "Кандидат работает в организации «" + place.organisation() + "» (конфликт интересов)");
    }
    refuseIfClosed(place);
    boolean proposed = isAmong(place, propose(applicationId));
    String reason = CoordinatorChoice.overrideReason(proposed, overrideReason);
    if (places.takePlace(place.getId()) == 0) {
      throw refused(place.label() + ": орын қалмады, басқасын таңдаңыз / " + place.label()
          + ": мест не осталось, выберите другой вариант");
    }
    // taking the place cleared the persistence context: what changes now is loaded afresh
    Optional<R> released = placements.findByApplicationId(applicationId).filter(earlier -> earlier.getReleasedAt() != null);
    if (released.isPresent()) {
      released.get().choose(place.getId(), proposed, reason, coordinator, clock.instant());
    } else {
      placements.save(newPlacement(applicationId, place, proposed, reason, coordinator, clock.instant()));
    }
    placed(applicationId);
    return places.findById(place.getId()).orElseThrow();
  }

  /** The candidate left: their place is given back (if the stage gives it back), and the placement ends. */
  @Transactional
  public void release(long applicationId) {
    placements.findByApplicationId(applicationId).filter(held -> held.getReleasedAt() == null).ifPresent(held -> {
      P place = places.findById(held.getPlaceId()).orElseThrow();
      // first: giving the place back is a bulk update, which flushes this change and clears the persistence context
      held.release(clock.instant());
      if (givenBackOnRelease(place)) {
        places.releasePlace(place.getId());
      }
    });
  }

  @Transactional(readOnly = true)
  public Optional<R> of(long applicationId) {
    return placements.findByApplicationId(applicationId);
  }

  /** The place a placement is at. */
  @Transactional(readOnly = true)
  public P placeOf(R placement) {
    return places.findById(placement.getPlaceId()).orElseThrow();
  }

  private Application candidate(long applicationId) {
    return applications.findById(applicationId).orElseThrow();
  }

  private Stream<P> openTo(Application candidate) {
    return open().stream().filter(place -> !place.sharesOrganisationWith(candidate));
  }

  private Comparator<P> regionFirst(Application candidate) {
    return Comparator.comparing(place -> place.region() != candidate.getRegion());
  }

  private static boolean isAmong(Place place, List<? extends Place> places) {
    return places.stream().anyMatch(other -> other.getId().equals(place.getId()));
  }

  /** A refusal naming the form field. */
  protected FieldRefused refused(String why) {
    return wording.refused(why);
  }
}
