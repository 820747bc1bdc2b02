package kz.edu.leaders;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage for the process test classes (*ProcessTest): each must walk every element
 * and flow of the models it runs. The HTML report lands in target/process-test-coverage/.
 */
@TestConfiguration
class TestCoverageFloor {

  static final double CLASS_COVERAGE_FLOOR = 1.0;

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .addInclusionPatternForTestClasses(".*ProcessTest")
        .assertClassCoverageAtLeast(CLASS_COVERAGE_FLOOR)
        .build();
  }
}
