package kz.edu.leaders.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import kz.edu.leaders.region.ProgrammeClock;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Mail templates as files a process owner edits without touching Java: one per message and language,
 * {@code <template>.<language>.mustache}. The first line is {@code Subject: ...}, then a blank line,
 * then the HTML body. Values are HTML-escaped in the body; a placeholder the model lacks is an error,
 * never an empty gap in a candidate's letter. A date is written {@code {{#day}}{{orderDate}}{{/day}}}:
 * the ISO value (a day, or a date-time shown in Astana time) reads 15.03.2026, and a value that is not
 * a date is an error too.
 * Made in {@link MailTransports} from {@code leaders.mail.templates}.
 */
public class NotificationTemplates {

  private static final String SUBJECT_PREFIX = "Subject:";
  private static final DateTimeFormatter ISO_DAY_OR_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_TIME)
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);
  /** What every template may use besides its model (searched after the model). */
  private static final Map<String, Mustache.Lambda> HELPERS = Map.of("day", NotificationTemplates::day);

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
    String subject = execute(subjectCompiler, subjectLine.substring(SUBJECT_PREFIX.length()).trim(), model);
    String body = execute(bodyCompiler, source.substring(endOfSubject + 1).strip(), model);
    return new Rendered(subject, body);
  }

  private static String execute(Mustache.Compiler compiler, String source, Map<String, ?> model) {
    StringWriter out = new StringWriter();
    compiler.compile(source).execute(model, HELPERS, out);
    return out.toString();
  }

  private static void day(Template.Fragment fragment, Writer out) throws IOException {
    String value = fragment.execute().strip();
    TemporalAccessor parsed;
    try {
      parsed = ISO_DAY_OR_DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeParseException e) {
      throw new MustacheException("{{#day}} needs an ISO date, but " + fragment.decompile() + " is '" + value + "'", e);
    }
    out.write(ProgrammeClock.DAY.format(parsed));
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
