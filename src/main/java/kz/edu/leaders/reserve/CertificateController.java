package kz.edu.leaders.reserve;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.application.ApplicationNotFoundException;
import kz.edu.leaders.application.ApplicationRepository;
import kz.edu.leaders.application.ApplicationStateException;
import kz.edu.leaders.application.PersonName;
import kz.edu.leaders.config.Download;
import kz.edu.leaders.identity.CurrentUser;
import kz.edu.leaders.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reserve certificate as PDF (the portal, for the candidate; administrators and auditors), and the
 * public page its QR code opens: valid, expired or appointed, with the holder's name partly masked.
 */
@RestController
public class CertificateController {

  private final ApplicationRepository applications;
  private final ReserveMembershipRepository memberships;
  private final CertificatePdf pdf;
  private final String publicUrl;
  private final Template verifyPage;

  public CertificateController(ApplicationRepository applications, ReserveMembershipRepository memberships,
      CertificatePdf pdf, @Value("${leaders.public-url}") String publicUrl) {
    this.applications = applications;
    this.memberships = memberships;
    this.pdf = pdf;
    this.publicUrl = publicUrl;
    try (InputStream in = new ClassPathResource("verify/certificate.mustache").getInputStream()) {
      this.verifyPage = Mustache.compiler().escapeHTML(true).compile(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping(path = "/api/applications/{number}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> certificate(@PathVariable String number, Authentication caller) {
    CurrentUser user = CurrentUser.of(caller);
    if (!(user.has(Role.APPLICATION_INTAKE) || user.has(Role.ADMINISTRATORS) || user.has(Role.AUDITORS))) {
      throw new AccessDeniedException("Сертификатты үміткер портал арқылы алады / Сертификат кандидат получает через портал");
    }
    Application application = applications.findByApplicationNumber(number)
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    ReserveMembership membership = memberships.findByApplicationId(application.getId())
        .orElseThrow(() -> new ApplicationStateException(number + " өтінімі бойынша үміткер кадрлық резервте жоқ / "
            + "Кандидата по заявке " + number + " нет в кадровом резерве"));
    byte[] body = pdf.render(membership, application.getName().fullName(),
        publicUrl + "/verify/" + membership.getCertificateNumber());
    return Download.attachment(membership.getCertificateNumber() + ".pdf", MediaType.APPLICATION_PDF, body);
  }

  /** The verification page's own form: type a number (the form sends it back here as {@code ?number=}). */
  @GetMapping(path = "/verify", produces = MediaType.TEXT_HTML_VALUE)
  @Transactional(readOnly = true)
  public ResponseEntity<String> verifyTyped(@RequestParam(required = false) String number) {
    if (number == null || number.isBlank()) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(verifyPage.execute(Map.of("asked", false)));
    }
    return verify(number);
  }

  /** Public: anyone holding the certificate (or its QR code) may check it; nothing else is revealed. */
  @GetMapping(path = "/verify/{certificateNumber}", produces = MediaType.TEXT_HTML_VALUE)
  @Transactional(readOnly = true)
  public ResponseEntity<String> verify(@PathVariable String certificateNumber) {
    String normalised = certificateNumber.strip().toUpperCase(Locale.ROOT);
    Optional<ReserveMembership> found = Reserve.CERTIFICATE_NUMBER.matcher(normalised).matches()
        ? memberships.findByCertificateNumber(normalised) : Optional.empty();
    if (found.isEmpty()) {
      // the same answer for a malformed and an unknown number: no hint about which numbers exist
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
          .body(verifyPage.execute(Map.of("asked", true, "found", false)));
    }
    ReserveMembership membership = found.get();
    PersonName name = applications.findById(membership.getApplicationId()).orElseThrow().getName();
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(verifyPage.execute(Map.of(
        "found", true,
        "certificateNumber", membership.getCertificateNumber(),
        "holder", masked(name),
        "status", membership.getStatus().name().toLowerCase(Locale.ROOT),
        "valid", membership.getStatus() == ReserveMembership.Status.VALID,
        "expired", membership.getStatus() == ReserveMembership.Status.EXPIRED,
        "appointed", membership.getStatus() == ReserveMembership.Status.APPOINTED,
        "withdrawn", membership.getStatus() == ReserveMembership.Status.WITHDRAWN,
        "enrolledOn", membership.getEnrolledOn().toString(),
        "expiresOn", membership.getExpiresOn().toString())));
  }

  /** Сәрсенбаева Әйгерім Қайратқызы → С*** Ә. Қ.: enough to match the paper, not to identify anyone. */
  static String masked(PersonName name) {
    String initials = name.firstName().substring(0, 1) + "."
        + (name.middleName() == null || name.middleName().isBlank() ? "" : " " + name.middleName().substring(0, 1) + ".");
    return name.lastName().substring(0, 1) + "*** " + initials;
  }
}
