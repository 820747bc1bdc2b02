package kz.edu.leaders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Another application node in the same JVM, as a second machine would run it: its own Spring
 * context, web server on a free port, engine and job executor, on the same database as the test's
 * context ({@link TestDatabase}: the same embedded PostgreSQL, or the same in-memory H2) and the same
 * SMTP server. The engine gets a name of its own only because the engines of one JVM are registered
 * by name (the second "default" would replace the first, and its shutdown remove it); on two
 * machines both are "default". The webapps of either node find the engine "default" in that
 * registry, the test's own, which works on the same database.
 */
public final class SecondNode {

  private SecondNode() {
  }

  /**
   * Starts the node with the test profile and these settings (key=value), and these configuration
   * classes besides the application's own (a test's {@code @TestConfiguration} is left out of the scan).
   */
  public static ConfigurableApplicationContext start(String nodeId, List<Class<?>> configurations,
      String... properties) {
    List<Class<?>> sources = new ArrayList<>();
    sources.add(LeadersApplication.class);
    sources.addAll(configurations);
    List<String> settings = new ArrayList<>(List.of(
        "server.port=0",
        // letters and digits only (the starter ignores a name with a hyphen)
        "camunda.bpm.process-engine-name=" + nodeId.replaceAll("[^A-Za-z0-9]", ""),
        "camunda.bpm.generic-properties.properties.hostname=" + nodeId));
    settings.addAll(List.of(properties));
    // as command-line arguments, which go before application.yml (builder properties would not)
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .profiles("test")
        .initializers(new TestDatabase(), new TestMailServer(),
            context -> context.getBeanFactory().registerSingleton("leaveOutTestConfigurations",
                new LeaveOutTestConfigurations()))
        .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
  }

  /** The port the node's web server listens on. */
  public static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  /** What {@code @SpringBootTest} leaves out of the component scan, and a plain application would not. */
  public static final class LeaveOutTestConfigurations extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
      return getClass().hashCode();
    }
  }
}
