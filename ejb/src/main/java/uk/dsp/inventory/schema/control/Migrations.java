package uk.dsp.inventory.schema.control;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The schema's migrations as the server runs them: the EAR's db/migration, each checked before it runs. */
public final class Migrations {

    private Migrations() {}

    public static FluentConfiguration of(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .callbacks(new MigrationPreconditions())
                // A session lock, not one held in an open transaction: CREATE INDEX CONCURRENTLY waits for every open
                // transaction to end, Flyway's own too, and would wait for ever.
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
    }
}
