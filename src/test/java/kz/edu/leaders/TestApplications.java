package kz.edu.leaders;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import kz.edu.leaders.application.Iin;
import kz.edu.leaders.application.NewApplication;
import kz.edu.leaders.region.Region;

/** Valid applications with fresh IINs, so tests sharing one database never collide. */
public final class TestApplications {

  private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 5000));
  /**
   * Every IIN handed out in this JVM: the serial has four digits, so past 10,000 applicants (the
   * simulator's 15,000) a serial comes round again and, one birth date in 12,000, the same IIN would.
   */
  private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

  private TestApplications() {
  }

  public static String freshIin() {
    return iinBornOn(LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 12_000)));
  }

  /** A fresh IIN of someone born that day. */
  public static String iinBornOn(LocalDate birthDate) {
    while (true) {
      var iin = Iin.compose(birthDate, SERIAL.get() % 2 == 0, SERIAL.incrementAndGet());
      if (iin.isPresent() && ISSUED.add(iin.get())) {
        return iin.get();
      }
    }
  }

  /** The JSON body of a valid application, as a map a test can break one field of. */
  public static Map<String, Object> validJson(Region region) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("iin", freshIin());
    json.put("lastName", "Сәрсенбаева");
    json.put("firstName", "Әйгерім");
    json.put("middleName", "Қайратқызы");
    json.put("region", region.name());
    json.put("currentPost", "DEPUTY_HEAD");
    json.put("organisationType", "SCHOOL");
    json.put("organisationName", "№12 мектеп-гимназия");
    json.put("yearsOfExperience", 12);
    json.put("email", "aigerim@mail.example.kz");
    json.put("phone", "+7 701 555 12 34");
    json.put("preferredLanguage", "kk");
    return json;
  }

  /** A Kazakh-speaking teacher; the e-mail address is the candidate's own, so tests can find their mail. */
  public static NewApplication valid(Region region) {
    return withExperience(region, 9);
  }

  public static NewApplication withExperience(Region region, int years) {
    String iin = freshIin();
    return new NewApplication(iin, "Есімов", "Нұрлан", null, region.name(), "TEACHER", "SCHOOL",
        "Кентау, №5 мектеп-лицей", years, "candidate." + iin + "@mail.example.kz", "+77015551234", "kk");
  }
}
