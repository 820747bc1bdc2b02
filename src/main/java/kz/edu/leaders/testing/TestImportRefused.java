package kz.edu.leaders.testing;

/** A file or batch that cannot be read at all: the import is refused whole, nothing is recorded. */
public class TestImportRefused extends RuntimeException {

  public TestImportRefused(String message) {
    super(message);
  }
}
