package kz.edu.leaders.testing;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.config.FieldRefused;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test operators import results as a CSV file (raw body or multipart field {@code file}) or a JSON
 * batch. The import runs in the background: 202 with the address of its progress and report.
 */
@RestController
public class TestResultsController {

  /** A field of a batch entry, with what a refusal says is missing when it is left out. */
  private record Field(String key, String missingKk, String missingRu) {
  }

  private static final List<Field> FIELDS = List.of(new Field("applicationNumber", "өтінім нөмірі", "номера заявки"),
      new Field("score", "балл", "балла"), new Field("date", "тест күні", "даты теста"));

  private final TestImportService imports;

  public TestResultsController(TestImportService imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/api/cohorts/{year}/test-results", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  public ResponseEntity<TestImportView> importCsv(@PathVariable int year,
      @RequestBody(required = false) byte[] csv, Authentication caller) {
    return started(imports.start(year, TestResultsFile.parse(csv == null ? new byte[0] : csv), "CSV",
        caller.getName()));
  }

  @PostMapping(path = "/api/cohorts/{year}/test-results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<TestImportView> importUpload(@PathVariable int year, @RequestParam("file") MultipartFile file,
      Authentication caller) throws IOException {
    return started(imports.start(year, TestResultsFile.parse(file.getBytes()), "CSV", caller.getName()));
  }

  @PostMapping(path = "/api/cohorts/{year}/test-results", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TestImportView> importJson(@PathVariable int year, @RequestBody List<Map<String, Object>> batch,
      Authentication caller) {
    if (batch.isEmpty()) {
      throw new TestImportRefused(
          "Топтама бос: кемінде бір нәтиже жіберіңіз / Пакет пуст: отправьте хотя бы один результат");
    }
    List<TestResultRow> rows = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Map<String, Object> item = batch.get(i);
      // a batch is written by a program: an entry without the three fields is a bug there, so refuse it
      // whole before anything is stored, unlike a bad value, which is refused on its own row
      if (item == null) {
        throw new FieldRefused("[" + i + "]", (i + 1) + "-жазба өтінім нөмірі, балл және тест күні бар нысан "
            + "болуы керек / Запись " + (i + 1) + " должна быть объектом с номером заявки, баллом и датой теста");
      }
      for (Field field : FIELDS) {
        if (item.get(field.key()) == null) {
          throw new FieldRefused("[" + i + "]." + field.key(), (i + 1) + "-жазбада " + field.missingKk()
              + " жоқ / В записи " + (i + 1) + " нет " + field.missingRu());
        }
      }
      rows.add(new TestResultRow(i + 1, text(item.get("applicationNumber")), text(item.get("score")),
          text(item.get("date"))));
    }
    return started(imports.start(year, rows, "JSON", caller.getName()));
  }

  /** Progress while it runs; every row's outcome (or only {@code ?outcome=REFUSED}), PENDING until processed. */
  @GetMapping("/api/test-imports/{id}")
  public TestImportView progress(@PathVariable long id,
      @RequestParam(required = false) TestImportRow.Outcome outcome) {
    // the state first: a report that says DONE was read after the last row was marked
    TestImport testImport = imports.find(id);
    Map<TestImportRow.Outcome, Integer> counts = imports.progress(id);
    return TestImportView.of(testImport, counts, imports.rows(id).stream()
        .filter(row -> outcome == null || row.getOutcome() == outcome).toList());
  }

  private static ResponseEntity<TestImportView> started(TestImport started) {
    return ResponseEntity.accepted().location(URI.create("/api/test-imports/" + started.getId()))
        .body(TestImportView.of(started, Map.of(), List.of()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
