package uk.dsp.inventory.it.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.KillableServer;
import uk.dsp.inventory.it.support.ServerSettings;

/**
 * The server is killed (SIGKILL) in the middle of a housekeeping run over 300,000 due devices and started
 * again: the run resumes at start and completes, every due device deleted once, with its history and alert.
 */
class ServerKilledDuringHousekeepingIT {

    private static final String DATABASE = "dsp_housekeeping_killed";
    private static final int DUE = 300_000;
    private static KillableServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = KillableServer.startFresh(DATABASE);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void aRunKilledMidwayResumesAtStartAndCompletes() throws Exception {
        String supplier = Eui64s.random();
        AdminClient admin = AdminClient.asAdministrator();
        admin.registerSupplier(supplier);
        ItDatabase.updateIn(DATABASE, "update party set alert_endpoint = null where party_id = ?", supplier);
        long base = Math.abs(Eui64s.value(Eui64s.random())) / 2;
        ItDatabase.rowsIn(DATABASE, """
                with inserted as (
                    insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since,
                        notifying_party_id, created_at, updated_at)
                    select ? + g, 'ESME', 'Old', 'E-1', 'PENDING', now() - interval '400 days', ?, now(), now()
                    from generate_series(1, ?) g returning 1)
                select count(*) from inserted""", base, supplier, DUE);
        ServerSettings.set("dsp.housekeeping.chunk-size", "500");
        Thread run = new Thread(() -> admin.runHousekeeping(false));
        run.start();
        while (chunksDone() < 20) {
            Thread.sleep(20);
        }

        server.kill();
        long deletedAtKill =
                (Long) rows("select deleted from housekeeping_run").get(0).get("deleted");
        System.out.printf("killed after %d of %d devices%n", deletedAtKill, DUE);
        server.start();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!"COMPLETED"
                        .equals(rows("select status from housekeeping_run")
                                .get(0)
                                .get("status"))
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }

        Map<String, Object> record = rows("select * from housekeeping_run").get(0);
        assertThat(rows("select run_id from housekeeping_run")).hasSize(1);
        assertThat(record)
                .containsEntry("status", "COMPLETED")
                .containsEntry("deleted", (long) DUE)
                .containsEntry("undeliverable", (long) DUE);
        assertThat(deletedAtKill).isBetween(1L, DUE - 1L);
        assertThat(rows("select count(*) as n from device where device_type = 'ESME'")
                        .get(0)
                        .get("n"))
                .isEqualTo(0L);
        assertThat(rows("select count(*) as n, count(distinct device_id) as d from housekeeping_deletion")
                        .get(0))
                .containsEntry("n", (long) DUE)
                .containsEntry("d", (long) DUE);
        assertThat(rows("select count(*) as n from dcc_alert where status = 'UNDELIVERABLE'")
                        .get(0)
                        .get("n"))
                .isEqualTo((long) DUE);
        assertThat(rows("select deleted from housekeeping_run_count where device_type = 'ESME'")
                        .get(0)
                        .get("deleted"))
                .isEqualTo((long) DUE);
        run.join(60_000);
    }

    private static long chunksDone() {
        List<Map<String, Object>> runs = rows("select chunks from housekeeping_run");
        return runs.isEmpty() ? 0 : ((Number) runs.get(0).get("chunks")).longValue();
    }

    private static List<Map<String, Object>> rows(String sql, Object... parameters) {
        return ItDatabase.rowsIn(DATABASE, sql, parameters);
    }
}
