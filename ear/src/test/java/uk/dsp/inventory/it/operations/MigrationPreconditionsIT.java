package uk.dsp.inventory.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.schema.control.Migrations;

/**
 * A database that an older release filled with two CSPs in one region cannot take V7 (one CSP per region): the
 * deployment stops with one line naming the region and both parties, V7 is not applied, and once the operator has
 * given one of them another region the same migration goes through. The migrations as the server runs them, on a
 * database of its own.
 */
class MigrationPreconditionsIT {

    private static final String DATABASE = "dsp_preconditions";

    @Test
    void twoCspsInOneRegionStopV7WithTheirNamesInOneLine() {
        ItDatabase.recreate(DATABASE);
        migration().target("6").load().migrate();
        ItDatabase.updateIn(DATABASE, """
                insert into party (party_id, name, csp_region, created_at, updated_at) values
                ('0A-00-00-00-00-00-00-01', 'North CSP', 'NORTH', now(), now()),
                ('0A-00-00-00-00-00-00-02', 'North CSP, again', 'NORTH', now(), now()),
                ('0A-00-00-00-00-00-00-03', 'South CSP', 'SOUTH', now(), now())""");

        FlywayException refused = catchThrowableOfType(
                FlywayException.class, () -> migration().load().migrate());

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage())
                .contains(
                        "NORTH: 0A-00-00-00-00-00-00-01 (North CSP), 0A-00-00-00-00-00-00-02 (North CSP, again)",
                        "Give all but one of each the right region, or none")
                .doesNotContain("SOUTH")
                .doesNotContain("\n");
        assertThat(ItDatabase.rowsIn(DATABASE, "select max(version::int) as v from flyway_schema_history where success")
                        .get(0))
                .containsEntry("v", 6);

        ItDatabase.updateIn(DATABASE, "update party set csp_region = null where party_id = '0A-00-00-00-00-00-00-02'");
        assertThat(migration().load().migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);
    }

    private static FluentConfiguration migration() {
        return Migrations.of(ItDatabase.dataSource(DATABASE));
    }
}
