package io.gatehouse.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a run wrote to PostgreSQL: WAL bytes (from {@code pg_current_wal_lsn()}) and rows inserted,
 * updated or deleted (from {@code pg_stat_database}, summed over databases). Backends publish their
 * row counters within about a second of going idle, so a reading is taken after a short settle.
 */
final class DatabaseMeter implements AutoCloseable {

    /** A reading of the cumulative counters. */
    record Reading(long walBytes, long rows, long commits) {
        Reading minus(Reading earlier) {
            return new Reading(walBytes - earlier.walBytes, rows - earlier.rows, commits - earlier.commits);
        }
    }

    private static final long SETTLE_MS = 2_000;
    private final Connection connection;

    DatabaseMeter(String jdbcUrl, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        connection.setAutoCommit(true);
    }

    /** Waits for the counters to settle, then reads them. */
    Reading read() throws SQLException, InterruptedException {
        Thread.sleep(SETTLE_MS);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn,"
                        + " sum(tup_inserted + tup_updated + tup_deleted), sum(xact_commit) from pg_stat_database")) {
            result.next();
            return new Reading(result.getLong(1), result.getLong(2), result.getLong(3));
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
