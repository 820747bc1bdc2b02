package kz.edu.leaders.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI description of the application API ({@code /api/**}; the engine's REST API is Camunda's
 * own), served to signed-in users at {@code /api/docs}, with the README's requests as examples.
 */
@Configuration
class ApiDocs {

  private static final String BASIC = "basic";
  /** "POST /api/applications" → media type → the request body the README shows. */
  private static final String EXAMPLES = "api-docs/examples.json";

  @Bean
  OpenAPI applicationApi() {
    return new OpenAPI()
        .info(new Info().title("1000 Leaders of Change in Education: application API")
            .description("The portal's, the staff's and the auditors' API. Every call needs HTTP Basic; "
                + "what each role may call is in the README (Roles, groups and what each may do)."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** A README example naming no operation stops the start, so the examples cannot drift from the API. */
  @Bean
  OpenApiCustomizer readmeExamples() {
    Map<String, Map<String, Object>> examples = read();
    return api -> examples.forEach((operation, bodies) -> bodies.forEach((type, body) ->
        requestBody(api, operation, type).orElseThrow(() -> new IllegalStateException(
            EXAMPLES + ": no request body " + type + " for " + operation)).setExample(body)));
  }

  private static Optional<MediaType> requestBody(OpenAPI api, String operation, String type) {
    String[] methodAndPath = operation.split(" ", 2);
    return Optional.ofNullable(api.getPaths()).map(paths -> paths.get(methodAndPath[1]))
        .map(path -> path.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0])))
        .map(Operation::getRequestBody).map(body -> body.getContent()).map(content -> content.get(type));
  }

  /** A plain mapper: the application's refuses line breaks in text, which a CSV example has. */
  private static Map<String, Map<String, Object>> read() {
    try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
      return new ObjectMapper().readValue(in, new TypeReference<>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
