package kz.edu.leaders.notification;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Mail templates as files a process owner edits without touching Java: one per message and language,
 * {@code <template>.<language>.mustache}. The first line is {@code Subject: ...}, then a blank line,
 * then the HTML body. Values are HTML-escaped in the body; a placeholder the model lacks is an error,
 * never an empty gap in a candidate's letter.
 * Made in {@link MailTransports} from {@code leaders.mail.templates}.
 */
public class NotificationTemplates {

  private static final String SUBJECT_PREFIX = "Subject:";

  private final ResourceLoader resources;
  private final String location;
  private final Mustache.Compiler bodyCompiler = Mustache.compiler().escapeHTML(true);
  private final Mustache.Compiler subjectCompiler = Mustache.compiler().escapeHTML(false);

  public NotificationTemplates(ResourceLoader resources, String location) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  public record Rendered(String subject, String htmlBody) {
  }

  public Rendered render(String template, String language, Map<String, ?> model) {
    String source = read(template, language);
    int endOfSubject = source.indexOf('\n');
    String subjectLine = endOfSubject < 0 ? source : source.substring(0, endOfSubject);
    if (!subjectLine.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException(fileName(template, language) + " must start with '" + SUBJECT_PREFIX + "'");
    }
    String subject = subjectCompiler.compile(subjectLine.substring(SUBJECT_PREFIX.length()).trim()).execute(model);
    String body = bodyCompiler.compile(source.substring(endOfSubject + 1).strip()).execute(model);
    return new Rendered(subject, body);
  }

  /** For staff, whose language the programme does not record: Kazakh, then Russian, in one mail. */
  public Rendered renderBothLanguages(String template, Map<String, ?> model) {
    Rendered kazakh = render(template, "kk", model);
    Rendered russian = render(template, "ru", model);
    return new Rendered(kazakh.subject() + " / " + russian.subject(),
        kazakh.htmlBody() + "\n<hr>\n" + russian.htmlBody());
  }

  public boolean exists(String template, String language) {
    return resource(template, language).exists();
  }

  private String read(String template, String language) {
    Resource resource = resource(template, language);
    if (!resource.exists()) {
      throw new IllegalArgumentException("No mail template " + fileName(template, language) + " in " + location);
    }
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Resource resource(String template, String language) {
    if (!template.matches("[a-z][a-z-]*") || !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("Not a template name: " + template + "." + language);
    }
    return resources.getResource(location + fileName(template, language));
  }

  private static String fileName(String template, String language) {
    return template + "." + language + ".mustache";
  }
}
