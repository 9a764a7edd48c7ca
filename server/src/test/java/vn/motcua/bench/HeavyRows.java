package vn.motcua.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of one table written in multi-row inserts ({@value #PER_STATEMENT} rows a statement, batched until the chunk is
 * flushed; the caller commits each chunk): plain JDBC, so a year of a large center is written in minutes on H2 and
 * PostgreSQL alike. Every value also goes into a running digest, so the same seed can be shown to write the same
 * year; with no connection only the digest is kept (a dry run).
 */
final class HeavyRows implements AutoCloseable {

    static final int PER_STATEMENT = 50;

    private final Connection connection;
    private final String table;
    private final int columns;
    private final HeavyDigest digest;
    private final String columnList;
    private final List<Object> pending = new ArrayList<>();
    private PreparedStatement many;
    private int batched;
    private long written;

    HeavyRows(Connection connection, HeavyDigest digest, String table, String... columns) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columns.length;
        this.digest = digest;
        digest.add(table);
        if (connection != null) {
            many = connection.prepareStatement(insert(PER_STATEMENT, columns));
        }
        this.columnList = String.join(", ", columns);
    }

    private String insert(int rows, String... names) {
        String one = "(" + String.join(", ", Collections.nCopies(names.length, "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", names) + ") values "
                + String.join(", ", Collections.nCopies(rows, one));
    }

    /** One row, its values in the order of the columns; an {@link Instant} is written as a timestamp. */
    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        for (Object value : values) {
            digest.add(value);
        }
        written++;
        if (connection == null) {
            return;
        }
        Collections.addAll(pending, values);
        if (pending.size() == PER_STATEMENT * columns) {
            bind(many, pending);
            many.addBatch();
            pending.clear();
            batched++;
        }
    }

    long written() {
        return written;
    }

    /**
     * Writes what is pending (the last rows one statement for all): the caller flushes its tables in the order their
     * references need, once per chunk (a day), so nothing is written before what it refers to, then commits.
     */
    void flush() throws SQLException {
        if (connection == null) {
            return;
        }
        if (batched > 0) {
            many.executeBatch();
            batched = 0;
        }
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(
                    insert(pending.size() / columns, columnList.split(", ")))) {
                bind(rest, pending);
                rest.executeUpdate();
            }
            pending.clear();
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            statement.setObject(i + 1, value instanceof Instant at ? Timestamp.from(at) : value);
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (many != null) {
            many.close();
        }
    }
}
