package uk.dsp.inventory.platform.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows in {@code COPY}'s text format: values separated by tabs, rows ended by a newline, {@code \N} for null, and in a
 * value every backslash, tab, newline and carriage return escaped, so that no value can end its row or the data early.
 */
public final class CopyText {

    private final StringBuilder text;
    private long rows;

    public CopyText(int capacity) {
        text = new StringBuilder(capacity);
    }

    /** A value of the row, followed by the next; {@code null} is SQL's NULL; anything else is written as its text. */
    public CopyText value(Object value) {
        write(value);
        text.append('\t');
        return this;
    }

    /** The row's last value. */
    public CopyText last(Object value) {
        write(value);
        text.append('\n');
        rows++;
        return this;
    }

    /**
     * Sends the rows with the {@code COPY ... from stdin} statement on the connection, in its open transaction, and
     * checks that each row was written; {@code what} names them in the errors.
     */
    public void copyIn(Connection connection, String copy, String what) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException(what + " are written only in the caller's transaction");
        }
        long written;
        try {
            written = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, reader());
        } catch (IOException e) { // of the rows' own reader, which reads a string
            throw new SQLException(what + ": the rows could not be read", e);
        }
        if (written != rows) {
            throw new SQLException("COPY wrote " + written + " of " + rows + " " + what);
        }
    }

    private Reader reader() {
        return new StringReader(text.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void write(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
