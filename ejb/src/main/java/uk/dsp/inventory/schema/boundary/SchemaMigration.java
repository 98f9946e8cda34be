package uk.dsp.inventory.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.schema.control.Migrations;

/**
 * Brings the database schema to the version this EAR expects, before anything else uses it.
 * Flyway owns the schema; migrations are in db/migration and are never edited once released.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    /**
     * Tables the server makes itself in the application's database when it starts, before any deployment: the store of
     * persistent EJB timers, and in a cluster the members JGroups finds each other by.
     */
    static final Set<String> THE_SERVERS_OWN = Set.of("jboss_ejb_timer", "jgroupsping");

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.of(dataSource)
                // a new database that holds only the server's own tables gets every migration, from V1
                .baselineOnMigrate(holdsOnlyTheServersOwnTables())
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** True for a database without Flyway's history whose tables are all the server's own (or none). */
    private boolean holdsOnlyTheServersOwnTables() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = current_schema()")) {
            while (tables.next()) {
                if (!THE_SERVERS_OWN.contains(tables.getString(1).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }
}
