package kz.edu.leaders.training;

import java.util.List;
import java.util.Objects;
import kz.edu.leaders.identity.Role;
import kz.edu.leaders.staff.AccountTakenException;
import kz.edu.leaders.staff.StaffRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kz.edu.leaders.config.RequestRefused;

/**
 * The mentor registry and the mentors' accounts: an account is linked only if it exists and is in
 * the mentors' group, and to one mentor at most. The API and the demo data both come through here.
 */
@Service
public class MentorRegistry {

  private final MentorRepository mentors;
  private final StaffRegistry staff;

  public MentorRegistry(MentorRepository mentors, StaffRegistry staff) {
    this.mentors = mentors;
    this.staff = staff;
  }

  public static class MentorNotFoundException extends RequestRefused.NotFound {

    MentorNotFoundException(long id) {
      super("Тәлімгерлер тізілімінде " + id + " нөмірлі тәлімгер жоқ / В реестре наставников нет наставника с номером "
          + id);
    }
  }

  /** @param userId the mentor's account, or null to link one later */
  @Transactional
  public Mentor register(Mentor mentor, String userId) {
    if (userId != null) {
      mentor.linkAccount(accountFor(mentor, userId));
    }
    return saved(mentor);
  }

  /** Links the mentor's account, or moves the link to another one. */
  @Transactional
  public Mentor link(long mentorId, String userId) {
    Mentor mentor = mentors.findById(mentorId).orElseThrow(() -> new MentorNotFoundException(mentorId));
    return saved(mentor.linkAccount(accountFor(mentor, userId)));
  }

  @Transactional(readOnly = true)
  public List<Mentor> all() {
    return mentors.findAll();
  }

  private String accountFor(Mentor mentor, String userId) {
    String account = staff.requireAccount(userId, Role.MENTORS);
    mentors.findByUserId(account).filter(other -> !Objects.equals(other.getId(), mentor.getId())).ifPresent(other -> {
      throw new AccountTakenException("Бұл есептік жазба басқа тәлімгерге байланыстырылған (" + other.getFullName()
          + ") / Эта учётная запись уже связана с другим наставником (" + other.getFullName() + ")");
    });
    return account;
  }

  private Mentor saved(Mentor mentor) {
    try {
      return mentors.saveAndFlush(mentor);
    } catch (DataIntegrityViolationException e) {
      // another coordinator linked the same account at the same moment
      throw new AccountTakenException("Бұл есептік жазба басқа тәлімгерге байланыстырылған / "
          + "Эта учётная запись уже связана с другим наставником");
    }
  }

}
