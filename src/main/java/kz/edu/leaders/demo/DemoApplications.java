package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationService;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.application.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Candidates waiting at document screening in four regions, submitted through the same service as
 * real applications, so each has a running journey and a task. Only into an empty database.
 */
@Component
@ConditionalOnProperty(name = "leaders.demo.applications", havingValue = "true")
public class DemoApplications {

  private static final Logger LOG = LoggerFactory.getLogger(DemoApplications.class);

  record DemoCandidate(String lastName, String firstName, String middleName, boolean female, Region region,
      String post, String organisationType, String organisation, int experience, String language) {
  }

  static final List<DemoCandidate> CANDIDATES = List.of(
      new DemoCandidate("Әбдірахманова", "Жанна", "Серікқызы", true, Region.TURKISTAN, "DEPUTY_HEAD", "SCHOOL",
          "Түркістан облысы, №12 жалпы білім беретін мектеп", 14, "kk"),
      new DemoCandidate("Есімов", "Нұрлан", "Бақытұлы", false, Region.TURKISTAN, "TEACHER", "SCHOOL",
          "Кентау қаласы, №5 мектеп-лицей", 9, "kk"),
      new DemoCandidate("Оспанова", "Гүлмира", null, true, Region.TURKISTAN, "DEPUTY_HEAD", "PRESCHOOL",
          "«Балдәурен» бөбекжайы, Сарыағаш", 17, "kk"),
      new DemoCandidate("Тастанов", "Ержан", "Маратович", false, Region.TURKISTAN, "TEACHER", "TVET",
          "Түркістан жоғары аграрлық колледжі", 6, "ru"),
      new DemoCandidate("Иванова", "Елена", "Петровна", true, Region.ALMATY, "DEPUTY_HEAD", "SCHOOL",
          "Школа-гимназия №159, Алматы", 21, "ru"),
      new DemoCandidate("Сейітқали", "Арман", null, false, Region.ALMATY, "TEACHER", "SCHOOL",
          "№54 мектеп-гимназия, Алматы", 8, "kk"),
      new DemoCandidate("Мұқанова", "Айжан", "Қанатқызы", true, Region.ASTANA, "DEPUTY_HEAD", "SCHOOL",
          "№68 мектеп-лицей, Астана", 12, "kk"),
      new DemoCandidate("Ким", "Виктор", "Сергеевич", false, Region.ASTANA, "TEACHER", "TVET",
          "Астанинский политехнический колледж", 11, "ru"),
      new DemoCandidate("Жүсіпова", "Сәуле", "Әміржанқызы", true, Region.KARAGANDA, "DEPUTY_HEAD", "SCHOOL",
          "Қарағанды, №3 гимназия", 15, "kk"),
      new DemoCandidate("Петренко", "Ольга", "Николаевна", true, Region.KARAGANDA, "TEACHER", "PRESCHOOL",
          "Детский сад «Солнышко», Темиртау", 7, "ru"));

  private final ApplicationService applicationService;
  private final ApplicationRepository applications;

  public DemoApplications(ApplicationService applicationService, ApplicationRepository applications) {
    this.applicationService = applicationService;
    this.applications = applications;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void seed() {
    if (applications.count() > 0) {
      return;
    }
    for (int i = 0; i < CANDIDATES.size(); i++) {
      applicationService.submit(toApplication(CANDIDATES.get(i), i));
    }
    LOG.info("Demo data: {} candidates waiting at document screening", CANDIDATES.size());
  }

  private static NewApplication toApplication(DemoCandidate c, int index) {
    LocalDate birthDate = LocalDate.of(1975 + index * 2, 1 + index, 3 + index * 2);
    return new NewApplication(demoIin(birthDate, c.female(), index), c.lastName(), c.firstName(), c.middleName(),
        c.region().name(), c.post(), c.organisationType(), c.organisation(), c.experience(),
        "candidate" + (index + 1) + "@mail.example.kz", "+7 701 555 " + String.format("%04d", 1000 + index),
        c.language());
  }

  private static String demoIin(LocalDate birthDate, boolean female, int index) {
    for (int serial = 100 * index + 1; ; serial++) {
      var iin = Iin.compose(birthDate, female, serial);
      if (iin.isPresent()) {
        return iin.get();
      }
    }
  }
}
