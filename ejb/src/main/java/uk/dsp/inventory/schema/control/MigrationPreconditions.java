package uk.dsp.inventory.schema.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Before a migration that a database's own data can make fail, asks the data and refuses in one line that names what
 * to fix: otherwise the operator reads a bare constraint violation in a stack trace. Released migrations are never
 * edited (their checksums are recorded), so the check lives here, beside them.
 */
public final class MigrationPreconditions implements Callback {

    /** V7 makes a CSP's region unique: the CSP of a CH's region is the one that receives it back. */
    private static final String ONE_CSP_PER_REGION = "7";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (migration != null
                && migration.getVersion() != null
                && ONE_CSP_PER_REGION.equals(migration.getVersion().getVersion())) {
            oneCspPerRegion(context.getConnection());
        }
    }

    @Override
    public String getCallbackName() {
        return "dsp-migration-preconditions";
    }

    private static void oneCspPerRegion(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet shared = statement.executeQuery("""
                        select csp_region, string_agg(party_id || ' (' || name || ')', ', ' order by party_id)
                        from party where csp_region is not null group by csp_region having count(*) > 1
                        order by csp_region""")) {
            StringBuilder clashes = new StringBuilder();
            while (shared.next()) {
                clashes.append(clashes.length() == 0 ? "" : "; ")
                        .append(shared.getString(1))
                        .append(": ")
                        .append(shared.getString(2));
            }
            if (clashes.length() > 0) {
                throw new FlywayException("V7 makes each CSP region belong to one CSP, and more than one party holds"
                        + " a region: " + clashes.toString().replaceAll("[\\r\\n]+", " ")
                        + ". Give all but one of each the right region, or none, then deploy again.");
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot check the parties' CSP regions before V7: " + e.getMessage(), e);
        }
    }
}
