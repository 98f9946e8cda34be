package uk.dsp.inventory.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a timestamptz. EclipseLink 4.0 (JPA 3.1) has no native Instant
 * mapping and would serialize it to bytea; OffsetDateTime it binds as the JDBC type PostgreSQL expects.
 */
@Converter(autoApply = true)
public class InstantAsTimestampTz implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
