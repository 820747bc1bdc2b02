package kz.edu.leaders.simulation;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL statements the database ran, from PostgreSQL's pg_stat_statements (the embedded server
 * loads it, {@code TestDatabase}): how many per engine transaction the real platform needs against the
 * bare engine, and which ones it runs most. On H2 nothing is counted.
 */
@Component
class SqlStatements {

  /** A count that means "not counted here". */
  static final long NOT_COUNTED = -1;

  private final JdbcTemplate jdbc;
  private final boolean counted;

  SqlStatements(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.counted = isPostgres(jdbc) && Boolean.TRUE.equals(jdbc.queryForObject(
        "select count(*) > 0 from pg_available_extensions where name = 'pg_stat_statements'", Boolean.class));
    if (counted) {
      jdbc.execute("create extension if not exists pg_stat_statements");
    }
  }

  /** Statements run since the last {@link #reset()}, or {@link #NOT_COUNTED}. */
  long executed() {
    return counted ? jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements", Long.class)
        : NOT_COUNTED;
  }

  void reset() {
    if (counted) {
      jdbc.execute("select pg_stat_statements_reset()");
    }
  }

  /** The statements run most often since the last reset, as "calls: statement" (at most 160 characters). */
  List<String> mostRun(int limit) {
    return counted ? jdbc.query("select calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as statement"
        + " from pg_stat_statements order by calls desc limit ?",
        (row, i) -> row.getLong("calls") + ": `" + row.getString("statement").replace("`", "'") + "`", limit)
        : List.of();
  }

  /** The statements that took the most time since the last reset, as "total ms (calls × mean ms): statement". */
  List<String> mostTime(int limit) {
    return counted ? jdbc.query("select round(total_exec_time) as total, calls, mean_exec_time,"
        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 300) as statement"
        + " from pg_stat_statements order by total_exec_time desc limit ?",
        (row, i) -> String.format("%d ms (%d × %.2f ms): `%s`", row.getLong("total"), row.getLong("calls"),
            row.getDouble("mean_exec_time"), row.getString("statement").replace("`", "'")), limit)
        : List.of();
  }

  private static boolean isPostgres(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
        connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
  }
}
