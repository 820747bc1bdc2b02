package kz.edu.leaders.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.region.ProgrammeClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A candidate's trail told as the auditor reads it (the page and the PDF): one part per chapter of the
 * programme, in Astana time, people by name, form values by their labels, and the engine's bookkeeping
 * folded away beneath each part. The data behind it (JSON, CSV) keeps every row as recorded.
 */
@Component
class TrailStory {

  private static final DateTimeFormatter ASTANA = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
      .withZone(ProgrammeClock.ZONE);

  private final IdentityService identity;

  TrailStory(IdentityService identity) {
    this.identity = identity;
  }

  /** One line of the story. */
  record Line(String at, String kind, String step, String who, String detail, List<String> values) {

    public boolean anyValues() {
      return !values.isEmpty();
    }
  }

  /** A chapter: its title, when it began and last changed, what was decided, and the bookkeeping beneath. */
  record Part(String title, String from, String to, List<Line> lines, List<Line> technical) {

    public boolean anyLines() {
      return !lines.isEmpty();
    }

    public boolean anyTechnical() {
      return !technical.isEmpty();
    }

    public int technicalCount() {
      return technical.size();
    }
  }

  static String astanaTime(Instant at) {
    return ASTANA.format(at);
  }

  List<Part> of(List<TrailEvent> events) {
    Map<String, String> names = namesOf(events);
    Map<Chapter, List<TrailEvent>> byChapter = new EnumMap<>(Chapter.class);
    Chapter lastDecided = Chapter.APPLICATION;
    for (TrailEvent event : events) {
      // an event of no chapter of its own (a mail) tells of the last decision, not of the step the engine is at
      if (event.chapter() != null && !event.kind().technical()) {
        lastDecided = event.chapter();
      }
      Chapter chapter = event.chapter() != null ? event.chapter() : lastDecided;
      byChapter.computeIfAbsent(chapter, key -> new ArrayList<>()).add(event);
    }
    List<Part> parts = new ArrayList<>();
    byChapter.forEach((chapter, told) -> {
      List<Line> lines = new ArrayList<>();
      List<Line> technical = new ArrayList<>();
      for (TrailEvent event : told) {
        (event.kind().technical() ? technical : lines).add(line(event, names));
      }
      parts.add(new Part(chapter.title(), astanaTime(told.get(0).at()), astanaTime(told.get(told.size() - 1).at()),
          lines, technical));
    });
    return parts;
  }

  private static Line line(TrailEvent event, Map<String, String> names) {
    List<String> values = event.fields().stream().filter(field -> field.value() != null)
        .map(field -> (field.label() != null ? field.label() : field.key()) + ": "
            + (field.valueLabel() != null ? field.valueLabel() : words(field.value()))).toList();
    String step = event.activityName() != null ? event.activityName() : event.activityId();
    return new Line(astanaTime(event.at()), event.kind().label(), step,
        event.who() == null ? null : names.getOrDefault(event.who(), event.who()),
        values.isEmpty() ? event.detail() : null, values);
  }

  private static String words(Object value) {
    if (value instanceof Boolean yes) {
      return yes ? "иә / да" : "жоқ / нет";
    }
    return value.toString();
  }

  /** Staff by name with their login beside it; "candidate" and "system" stay as they are. */
  private Map<String, String> namesOf(List<TrailEvent> events) {
    Set<String> ids = events.stream().map(TrailEvent::who).filter(Objects::nonNull).collect(Collectors.toSet());
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).listPage(0, ids.size())) {
        names.put(user.getId(), user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")");
      }
    }
    return names;
  }
}
