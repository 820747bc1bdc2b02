package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * After V21 the school table holds ids it did not hand out itself (the host schools'): its id
 * generator must start above the highest, or the next school registered would take a used id.
 * PostgreSQL takes only a number there, not a query, hence Java rather than SQL.
 */
public class V22__School_ids_after_the_merge extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      long next;
      try (ResultSet highest = statement.executeQuery("select coalesce(max(id), 0) + 1 from school")) {
        highest.next();
        next = highest.getLong(1);
      }
      statement.execute("alter table school alter column id restart with " + next);
    }
  }
}
