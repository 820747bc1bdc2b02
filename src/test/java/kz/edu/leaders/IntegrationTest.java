package kz.edu.leaders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port. Runs on H2 in the unit phase and again on an embedded
 * PostgreSQL in the integration phase (tag {@code database}); see {@link TestDatabase}. Mail goes to
 * a real SMTP server started for the tests ({@link TestMailServer}).
 * One shared context: every test makes its own candidates, so tests never depend on each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import(ProcessEngineCoverageConfiguration.class)
@Tag("database")
@ExtendWith(OpenCohort.class)
public @interface IntegrationTest {
}
