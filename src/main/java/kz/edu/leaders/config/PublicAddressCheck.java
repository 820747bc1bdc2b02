package kz.edu.leaders.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Certificates' QR codes and mails point to {@code leaders.public-url}: a real installation that still
 * says localhost prints certificates nobody can verify, so it is said loudly at start-up.
 */
@Component
class PublicAddressCheck {

  private static final Logger LOG = LoggerFactory.getLogger(PublicAddressCheck.class);

  private final Environment environment;
  private final String publicUrl;

  PublicAddressCheck(Environment environment, @Value("${leaders.public-url}") String publicUrl) {
    this.environment = environment;
    this.publicUrl = publicUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenLocal() {
    if (environment.acceptsProfiles(Profiles.of("postgres"))
        && (publicUrl.contains("localhost") || publicUrl.contains("127.0.0.1"))) {
      LOG.warn("PUBLIC_URL is {}: certificates' QR codes and mails will point there; set PUBLIC_URL to the "
          + "address people reach the platform at", publicUrl);
    }
  }
}
