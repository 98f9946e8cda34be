package uk.dsp.inventory.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A timestamptz column of a native query's row, as the driver hands it over, as an Instant. */
public final class SqlInstants {

    private SqlInstants() {}

    public static Instant of(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
