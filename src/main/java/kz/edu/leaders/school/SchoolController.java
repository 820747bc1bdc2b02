package kz.edu.leaders.school;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.region.Region;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one school registry: every school of a region with its roles (everyone signed in), and the
 * ministry's import (process owners and administrators: SecurityConfig). Host schools are registered
 * and given their periods and accounts under {@code /api/host-schools}, in the same registry.
 */
@RestController
public class SchoolController {

  private final SchoolRegistry registry;

  public SchoolController(SchoolRegistry registry) {
    this.registry = registry;
  }

  @PostMapping(path = "/api/schools/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  public SchoolRegistry.ImportResult importSchools(@RequestBody byte[] csv) {
    return registry.importCsv(csv);
  }

  @PostMapping(path = "/api/schools/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public SchoolRegistry.ImportResult importSchoolsUpload(@RequestParam("file") MultipartFile file) throws IOException {
    return registry.importCsv(file.getBytes());
  }

  /** @param role only the schools in that role; every school of the region without it */
  @GetMapping("/api/schools")
  public List<School> schools(@RequestParam Region region, @RequestParam Optional<SchoolRole> role) {
    return registry.of(region, role);
  }
}
