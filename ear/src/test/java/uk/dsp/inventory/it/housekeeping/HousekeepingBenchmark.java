package uk.dsp.inventory.it.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.housekeeping.control.ChunkResult;
import uk.dsp.inventory.housekeeping.control.DueDeviceDeletion;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.Percentiles;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerHeap;
import uk.dsp.inventory.it.support.ServerSettings;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * docs/benchmarks.md: an SMI of 5,000,000 devices of which 1,000,000 are due. The housekeeping run (deletion,
 * history, alert records, counts, in chunks) against its fair floor (the same chunk statement from a plain JDBC loop)
 * and against one plain SQL DELETE of the same rows (no history, no alerts), in the same run;
 * the server's heap during the run; and SR 8.2 latency while the run goes, against the same reads idle.
 * Run with: mvn verify -Pbenchmark -pl ear -Dit.test=HousekeepingBenchmark (after mvn install -DskipTests).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class HousekeepingBenchmark {

    private static final int SMI = Integer.getInteger("benchmark.smi", 5_000_000);
    private static final int DUE = Integer.getInteger("benchmark.due", 1_000_000);
    /** A chunk size to try instead of the server's setting (configure-server.cli), for the run and its floor. */
    private static final String CHUNK_SIZE = System.getProperty("benchmark.chunk-size");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void housekeepingAgainstPlainDelete() throws Exception {
        ReturningSupplier reader = ReturningSupplier.registerWithAlertEndpoint(null);
        String notifier = Eui64s.random();
        AdminClient.asAdministrator().registerSupplier(notifier);
        ItDatabase.update("update party set alert_endpoint = null where party_id = ?", notifier);
        long base = 1L << 40;
        String meter = Eui64s.random();
        reader.send(SmiDocuments.preNotify(reader.partyId(), meter, "ESME", null));
        fill(base, notifier);

        List<Double> idleReads = reads(reader, meter, 200, new AtomicBoolean(true));
        AtomicBoolean running = new AtomicBoolean(true);
        List<Double> busyReads = new ArrayList<>();
        Thread reads = new Thread(() -> busyReads.addAll(reads(reader, meter, Integer.MAX_VALUE, running)));
        if (CHUNK_SIZE != null) {
            ServerSettings.set("dsp.housekeeping.chunk-size", CHUNK_SIZE);
        }
        LongSummaryStatistics heap;
        Map<String, Object> run;
        try (ServerHeap sampled = new ServerHeap()) {
            reads.start();
            AdminClient.asAdministrator().runHousekeeping(false);
            do {
                sleep(500);
                run = ItDatabase.rows("select * from housekeeping_run order by run_id desc limit 1")
                        .get(0);
            } while ("RUNNING".equals(run.get("status")));
            heap = sampled.statistics();
        }
        running.set(false);
        reads.join();
        assertThat(run.get("status")).isEqualTo("COMPLETED");
        assertThat(run.get("deleted")).isEqualTo((long) DUE);
        // the floor per chunk takes the run's own chunk size, from the settings the run recorded
        int chunkSize = Integer.parseInt(((String) run.get("settings")).replaceAll("(?s).*chunk-size=(\\d+).*", "$1"));
        double housekeepingSeconds = Duration.between(
                                ((java.sql.Timestamp) run.get("started_at")).toInstant(),
                                ((java.sql.Timestamp) run.get("ended_at")).toInstant())
                        .toMillis()
                / 1000.0;

        insertDue(base + DUE + SMI, notifier);
        double floorSeconds = plainChunks(chunkSize);
        insertDue(base + 2L * (DUE + SMI), notifier);
        double setSeconds = setBased();
        insertDue(base + 3L * (DUE + SMI), notifier);
        double plainSeconds = timed("delete from device where smi_status = 'PENDING' and device_type = 'ESME'"
                + " and smi_status_since <= now() - interval '12 months'");

        String report = String.format(
                Locale.ROOT,
                "Housekeeping benchmark: SMI of %,d devices, %,d due (Pending ESMEs past 12 months)%n"
                        + "  housekeeping run (chunks of %,d, history, alert records, counts): %.1f s%n"
                        + "  plain SQL, the run's statement per chunk of %,d from a JDBC loop: %.1f s%n"
                        + "  set-based SQL, one transaction (delete, history, alerts at once):  %.1f s%n"
                        + "  one plain SQL DELETE of the same rows (no history, no alerts):      %.1f s%n"
                        + "  ratio housekeeping / plain SQL per chunk:                          %.2f%n"
                        + "  ratio housekeeping / set-based SQL:                                %.2f (goal <= 1.5)%n"
                        + "  ratio housekeeping / plain DELETE:                                %.2f%n"
                        + "  server heap used during the run: min %d MiB, max %d MiB (%d samples)%n"
                        + "  SR 8.2 Read Inventory, 4 a second: idle p50 %.0f ms, p95 %.0f ms;"
                        + " during the run p50 %.0f ms, p95 %.0f ms (%d reads; goal p95 <= 1.5 x idle)%n",
                SMI,
                DUE,
                chunkSize,
                housekeepingSeconds,
                chunkSize,
                floorSeconds,
                setSeconds,
                plainSeconds,
                housekeepingSeconds / floorSeconds,
                housekeepingSeconds / setSeconds,
                housekeepingSeconds / plainSeconds,
                heap.getMin() >> 20,
                heap.getMax() >> 20,
                heap.getCount(),
                percentile(idleReads, 50),
                percentile(idleReads, 95),
                percentile(busyReads, 50),
                percentile(busyReads, 95),
                busyReads.size());
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-housekeeping.txt"), report);
    }

    /**
     * The fair floor: the run's own chunk statement (DueDeviceDeletion: delete the due rows, write their history and
     * alert rows) from a plain JDBC loop, a transaction per chunk of 1,000, under a run record of its own.
     */
    private static double plainChunks(int chunkSize) throws Exception {
        try (Connection connection = ItDatabase.connect()) {
            long runId;
            try (Statement statement = connection.createStatement();
                    ResultSet run = statement.executeQuery(
                            "insert into housekeeping_run (trigger, status, settings, started_at, ended_at)"
                                    + " values ('ADMIN', 'COMPLETED', 'benchmark floor', now(), now()) returning run_id")) {
                run.next();
                runId = run.getLong(1);
            }
            connection.setAutoCommit(false);
            DueDeviceDeletion deletion = new DueDeviceDeletion();
            Instant cutoff = Instant.now().minus(Duration.ofDays(365));
            long start = System.nanoTime();
            ChunkResult chunk;
            ChunkResult.Key from = ChunkResult.Key.START;
            do {
                chunk = deletion.deleteChunk(
                        connection, runId, DeviceType.ESME, cutoff, from, chunkSize, Instant.now());
                connection.commit();
                from = chunk.next();
            } while (chunk.deleted() == chunkSize);
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /**
     * The floor a PostgreSQL expert would write for the same effects: every due device deleted in one statement
     * that also writes each one's history row and its N8 alert (the notifier's endpoint and kind read once per party),
     * in one transaction, with the memory that a million-row statement wants.
     */
    private static double setBased() throws Exception {
        try (Connection connection = ItDatabase.connect();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            statement.execute("set local work_mem = '256MB'");
            statement.execute("""
                    with run as (
                        insert into housekeeping_run (trigger, status, settings, started_at, ended_at)
                        values ('ADMIN', 'COMPLETED', 'benchmark set-based floor', now(), now()) returning run_id),
                    deleted as (
                        delete from device d
                        where d.smi_status = 'PENDING' and d.device_type = 'ESME'
                          and d.smi_status_since <= now() - interval '12 months'
                        returning d.device_id, d.device_type, d.notifying_party_id, d.smi_status_since, d.created_at),
                    history as (
                        insert into housekeeping_deletion
                            (run_id, device_id, device_type, notifying_party_id, pending_since, created_at, deleted_at)
                        select run.run_id, device_id, device_type, notifying_party_id, smi_status_since, created_at,
                               now()
                        from deleted, run),
                    notifiers as (
                        select p.party_id,
                               case when p.alert_endpoint is null then 'UNDELIVERABLE' else 'QUEUED' end status
                        from party p
                        where not exists (select 1 from party_role r where r.party_id = p.party_id and r.role = 'CSP')),
                    alerts as (
                        insert into dcc_alert (alert_code, run_id, device_id, party_id, status, created_at)
                        select 'N8', run.run_id, x.device_id, x.notifying_party_id, n.status, now()
                        from deleted x join notifiers n on n.party_id = x.notifying_party_id, run
                        returning alert_id, status)
                    insert into outbox_message (destination, body, properties, created_at)
                    select 'java:/jms/queue/DspAlerts', alert_id::text, '{"alertId":"' || alert_id || '"}', now()
                    from alerts where status = 'QUEUED'""");
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** SMI - DUE devices not due (Pending recently, or installed), then the DUE ones, Pending for 400 days. */
    private static void fill(long base, String notifier) throws Exception {
        timed(
                "insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since, notifying_party_id,"
                        + " created_at, updated_at) select " + (base + DUE)
                        + " + g, (array['ESME','GSME','IHD','PPMID','CAD','HCALCS'])[1 + g % 6],"
                        + " 'Bench', 'B-1', case when g % 2 = 0 then 'PENDING' else 'COMMISSIONED' end, now() - (g % 300) * interval '1 day',"
                        + " '" + notifier + "', now(), now() from generate_series(1, " + (SMI - DUE) + ") g");
        insertDue(base, notifier);
    }

    private static void insertDue(long base, String notifier) throws Exception {
        timed(
                "insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since, notifying_party_id,"
                        + " created_at, updated_at) select " + base
                        + " + g, 'ESME', 'Bench', 'B-1', 'PENDING', now() - interval '400 days', '"
                        + notifier + "', now(), now() from generate_series(1, " + DUE + ") g");
        // each phase starts from a table vacuumed and analysed, not from the previous phase's dead rows
        timed("vacuum analyze device");
        timed("checkpoint");
    }

    private static double timed(String sql) throws Exception {
        try (Connection connection = ItDatabase.connect();
                Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute(sql);
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Four reads a second, as Service Users' systems would read, not as fast as the client can. */
    private static List<Double> reads(ReturningSupplier reader, String meter, int max, AtomicBoolean going) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < max && going.get(); i++) {
            sleep(250);
            String request = reader.sign(SmiDocuments.readByDeviceId(reader.partyId(), meter));
            long start = System.nanoTime();
            assertThat(DuisClient.post(request).body()).contains("<sr:ResponseCode>I0<");
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static double percentile(List<Double> values, int percent) {
        return Percentiles.of(values, percent);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
