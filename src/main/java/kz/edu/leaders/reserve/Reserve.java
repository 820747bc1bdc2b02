package kz.edu.leaders.reserve;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.ApplicationStatus;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;
import kz.edu.leaders.application.StageResult;
import kz.edu.leaders.application.StageResultRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The republican personnel reserve: enrolment with a certificate number nobody can guess, for the
 * reserve term ({@code leaders.reserve.term}, default three years), and its end by expiry or appointment.
 */
@Service
public class Reserve {

  /** LC-2026-7K3M9QXA: the year and eight random Crockford base-32 characters (40 bits). */
  public static final Pattern CERTIFICATE_NUMBER = Pattern.compile("LC-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final ReserveMembershipRepository memberships;
  private final ApplicationRepository applications;
  private final StageResultRepository results;
  private final Clock clock;
  private final Period term;
  private final SecureRandom random = new SecureRandom();

  public Reserve(ReserveMembershipRepository memberships, ApplicationRepository applications,
      StageResultRepository results, Clock clock, ReserveSettings settings) {
    this.memberships = memberships;
    this.applications = applications;
    this.results = results;
    this.clock = clock;
    this.term = settings.term();
  }

  /** Idempotent: a retried enrolment finds the membership it made. */
  @Transactional
  public ReserveMembership enrol(long applicationId) {
    return memberships.findByApplicationId(applicationId).orElseGet(() -> {
      LocalDate today = LocalDate.now(clock);
      String number;
      do {
        number = newCertificateNumber(today.getYear());
      } while (memberships.findByCertificateNumber(number).isPresent());
      ReserveMembership membership = memberships.save(new ReserveMembership(applicationId, number, today,
          today.plus(term)));
      applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.IN_RESERVE);
      results.save(new StageResult(applicationId, Stage.RESERVE, Outcome.ENROLLED,
          "certificate " + number + ", valid until " + membership.getExpiresOn(), "system", clock.instant()));
      return membership;
    });
  }

  /** The term ran out without an appointment. */
  @Transactional
  public ReserveMembership expire(long applicationId) {
    ReserveMembership membership = memberships.findByApplicationId(applicationId).orElseThrow();
    if (membership.getStatus() == ReserveMembership.Status.VALID) {
      membership.end(ReserveMembership.Status.EXPIRED, LocalDate.now(clock));
      applications.findById(applicationId).orElseThrow().changeStatus(ApplicationStatus.RESERVE_EXPIRED);
      results.save(new StageResult(applicationId, Stage.RESERVE, Outcome.EXPIRED,
          "the reserve term ended on " + membership.getExpiresOn() + " without an appointment", "system",
          clock.instant()));
    }
    return membership;
  }

  /**
   * Appointed to the vacancy's post: the membership ends as appointed, once, whoever else tries.
   *
   * @return false when the reservist is no longer a valid member (appointed elsewhere, expired, left)
   */
  @Transactional
  public boolean appoint(long applicationId, long vacancyId) {
    return memberships.appoint(applicationId, vacancyId, LocalDate.now(clock)) == 1;
  }

  /**
   * Locks the reservist's membership until the caller's transaction ends, so that two officers
   * deciding about the same reservist at once take turns.
   *
   * @return whether they are a valid member of the reserve
   */
  @Transactional
  public boolean lockValid(long applicationId) {
    return memberships.lockByApplicationId(applicationId)
        .filter(m -> m.getStatus() == ReserveMembership.Status.VALID).isPresent();
  }

  /** The reservist says whether they would take a post outside their region. */
  @Transactional
  public ReserveMembership declareRelocation(long applicationId, boolean willing) {
    ReserveMembership membership = memberships.findByApplicationId(applicationId)
        .filter(m -> m.getStatus() == ReserveMembership.Status.VALID)
        .orElseThrow(() -> new ApplicationStateException(
            "Үміткер кадрлық резервте емес / Кандидат не состоит в кадровом резерве"));
    membership.declareRelocation(willing);
    return membership;
  }

  /** The reservist left the programme: the certificate is no longer valid. */
  @Transactional
  public void withdraw(long applicationId) {
    memberships.findByApplicationId(applicationId).filter(m -> m.getStatus() == ReserveMembership.Status.VALID)
        .ifPresent(membership -> membership.end(ReserveMembership.Status.WITHDRAWN, LocalDate.now(clock)));
  }

  @Transactional(readOnly = true)
  public ReserveMembership of(long applicationId) {
    return memberships.findByApplicationId(applicationId).orElseThrow();
  }

  private String newCertificateNumber(int year) {
    StringBuilder number = new StringBuilder("LC-").append(year).append('-');
    for (int i = 0; i < 8; i++) {
      number.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
    }
    return number.toString();
  }
}
