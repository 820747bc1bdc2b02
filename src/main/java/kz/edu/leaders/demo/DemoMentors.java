package kz.edu.leaders.demo;

import java.util.List;
import kz.edu.leaders.region.Region;
import kz.edu.leaders.training.Mentor;
import kz.edu.leaders.training.MentorRegistry;
import kz.edu.leaders.training.MentorRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A mentor registry to pick from, with the demo people; one mentor works where a demo candidate works. */
@Component
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoMentors {

  static final List<Mentor> MENTORS = List.of(
      new Mentor("Жұмабаева Ләззат Серікқызы", Region.TURKISTAN, "Түркістандағы НЗМ / НИШ Туркестан",
          "Мектепті басқару / Управление школой", "l.zhumabayeva@mentor.example.kz", 5),
      new Mentor("Абдуллаев Рустам Каримович", Region.TURKISTAN, "Кентау, №5 мектеп-лицей",
          "Оқу-тәрбие жұмысы / Учебно-воспитательная работа", "r.abdullayev@mentor.example.kz", 5),
      new Mentor("Сейдахметова Гаухар Маратқызы", Region.TURKISTAN, "Шымкент, №8 мектеп-гимназия",
          "Цифрлық білім / Цифровое образование", "g.seidakhmetova@mentor.example.kz", 5),
      new Mentor("Нестеренко Ирина Викторовна", Region.ALMATY, "Лицей №165, Алматы",
          "Инклюзивное образование", "i.nesterenko@mentor.example.kz", 4),
      new Mentor("Бекенов Асхат Ерланович", Region.ASTANA, "Astana IT University",
          "Деректерге негізделген басқару / Управление на основе данных", "a.bekenov@mentor.example.kz", 4),
      new Mentor("Ким Алина Вадимовна", Region.KARAGANDA, "Гимназия №1, Караганда",
          "Методическая работа", "a.kim@mentor.example.kz", 3));

  private final MentorRepository mentors;
  private final MentorRegistry registry;

  public DemoMentors(MentorRepository mentors, MentorRegistry registry) {
    this.mentors = mentors;
    this.registry = registry;
  }

  /** After the demo users (order 1): the first mentor is linked to the demo user "mentor", as the API does. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void seed() {
    if (mentors.count() == 0) {
      for (Mentor m : MENTORS) {
        registry.register(new Mentor(m.getFullName(), m.getRegion(), m.getOrganisation(), m.getExpertise(),
            m.getEmail(), m.getMaxTrainees()), m == MENTORS.get(0) ? "mentor" : null);
      }
    }
  }
}
