package kz.edu.leaders.document;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The candidate documents' settings ({@code leaders.documents.*}; the default is in application.yml,
 * beside the environment variable that sets it).
 *
 * @param maxSize the largest document a candidate may upload (PDF, JPEG or PNG), e.g. 20MB
 */
@Validated
@ConfigurationProperties("leaders.documents")
public record DocumentSettings(@NotNull DataSize maxSize) {

  @AssertTrue(message = "leaders.documents.max-size must be more than 0 bytes, such as 10MB")
  public boolean isMaxSizePositive() {
    return maxSize == null || maxSize.toBytes() > 0;
  }
}
