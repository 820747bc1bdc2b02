package kz.edu.leaders.testing;

import java.util.List;
import org.springframework.http.HttpStatus;
import kz.edu.leaders.config.RequestRefused;

/** A file or batch that cannot be read at all: the import is refused whole, nothing is recorded. */
public class TestImportRefused extends RequestRefused {

  public TestImportRefused(String message) {
    super(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem("file", message)));
  }
}
