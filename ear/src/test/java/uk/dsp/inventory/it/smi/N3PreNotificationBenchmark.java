package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.Metrics;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.PreparedServer;

/**
 * docs/benchmarks.md: 100,000 CHs pre-notified through CSPM-N3 in calls of a pallet (896) by a gateway over mutual
 * TLS, as in production, against as many other CHs' rows inserted with a plain JDBC batch, a pallet per transaction,
 * into the same database, and as many more loaded with COPY, the three taking turns pallet by pallet; and the cost of a call with HTTP Basic, whose PBKDF2 password check is the development path.
 * Run with: mvn verify -Pbenchmark -pl ear (after mvn install -DskipTests).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class N3PreNotificationBenchmark {

    private static final int COMMS_HUBS = Integer.getInteger("benchmark.commsHubs", 100_000);
    private static final int PALLET = 896;
    private static final int WARM_UP_CALLS = 10;
    private static final int BASIC_CALLS = 20;
    private static final String BASIC_PASSWORD = "benchmark gateway secret";
    /** A region no other benchmark's CSP uses: the plain JDBC run deletes what its CSP pre-notified. */
    private static final String REGION = "4G South";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void serviceAgainstPlainJdbcBatch() throws Exception {
        AdminClient admin = AdminClient.asAdministrator();
        String supplierId = Eui64s.random();
        String cspId = admin.cspOf(REGION, BASIC_PASSWORD);
        admin.registerSupplier(supplierId);
        GatewayIdentity certificate = GatewayIdentity.issued("benchmark-gateway");
        assertThat(admin.update(
                                cspId,
                                AdminClient.party(cspId, "CSP " + cspId, List.of("CSP"), REGION, List.of(), null)
                                        .add(
                                                "gatewayCertificates",
                                                Json.createArrayBuilder().add(certificate.pem()))
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(200);
        CspmN3 gateway = N3Gateway.overTls(certificate.sslContext());
        CspmN3 basicGateway = N3Gateway.as(cspId, BASIC_PASSWORD);

        for (int i = 0; i < WARM_UP_CALLS; i++) {
            gateway.preNotifyCommsHubs(N3Gateway.call(pallet(PALLET, supplierId)));
            basicGateway.preNotifyCommsHubs(N3Gateway.call(pallet(PALLET, supplierId)));
        }
        List<List<CommsHub>> pallets = new ArrayList<>();
        for (int remaining = COMMS_HUBS; remaining > 0; remaining -= PALLET) {
            pallets.add(pallet(Math.min(PALLET, remaining), supplierId));
        }

        // Taken in turns, a pallet each: both sides meet the same table, the same checkpoints and the same vacuums.
        List<List<CommsHub>> plainPallets = new ArrayList<>();
        List<List<CommsHub>> copyPallets = new ArrayList<>();
        for (List<CommsHub> pallet : pallets) {
            plainPallets.add(pallet(pallet.size(), supplierId));
            copyPallets.add(pallet(pallet.size(), supplierId));
        }
        double serviceSeconds = 0;
        double jdbcSeconds = 0;
        double copySeconds = 0;
        String metricsBefore = Metrics.scrape();
        try (Connection connection = ItDatabase.connect();
                PreparedStatement insert = connection.prepareStatement(PLAIN_INSERT)) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < pallets.size(); i++) {
                long start = System.nanoTime();
                assertThat(gateway.preNotifyCommsHubs(N3Gateway.call(pallets.get(i)))
                                .getAcceptedCount())
                        .isEqualTo(pallets.get(i).size());
                long served = System.nanoTime();
                insertWithPlainJdbc(connection, insert, plainPallets.get(i), cspId);
                long inserted = System.nanoTime();
                copyIn(connection, copy, copyPallets.get(i), cspId);
                serviceSeconds += (served - start) / 1e9;
                jdbcSeconds += (inserted - served) / 1e9;
                copySeconds += (System.nanoTime() - inserted) / 1e9;
            }
        }
        String metricsAfter = Metrics.scrape();
        Phase service = new Phase(
                serviceSeconds,
                serverSeconds(metricsAfter) - serverSeconds(metricsBefore),
                endpointSeconds(metricsAfter) - endpointSeconds(metricsBefore));
        assertThat(countOf(pallets)).isEqualTo(2L * COMMS_HUBS);
        assertThat(countOf(plainPallets)).isEqualTo(2L * COMMS_HUBS);
        assertThat(countOf(copyPallets)).isEqualTo(2L * COMMS_HUBS);

        // HTTP Basic (loopback development) on a few more pallets: what checking a PBKDF2 password costs a call.
        List<List<CommsHub>> basicPallets = new ArrayList<>();
        for (int i = 0; i < BASIC_CALLS; i++) {
            basicPallets.add(pallet(PALLET, supplierId));
        }
        Phase basic = preNotifyAll(basicGateway, basicPallets);

        double serviceRate = COMMS_HUBS / serviceSeconds;
        double jdbcRate = COMMS_HUBS / jdbcSeconds;
        double copyRate = COMMS_HUBS / copySeconds;
        String report = String.format(
                Locale.ROOT,
                "CSPM-N3 pre-notification benchmark: %,d CHs in calls of %d%n"
                        + "  service over mutual TLS (SOAP, certificate, validation, rows): %.1f s  %,.0f CHs/s  %.0f ms a call"
                        + " (%.0f ms of it in the server, %.0f ms inside the endpoint)%n"
                        + "  plain JDBC batch, same rows:                                  %.1f s  %,.0f CHs/s  %.0f ms a pallet%n"
                        + "  COPY of the same rows, a pallet a transaction:                %.1f s  %,.0f CHs/s  %.0f ms a pallet%n"
                        + "  ratio service / plain JDBC:                                   %.1f%%%n"
                        + "  ratio service / COPY (goal >= 80%%):                           %.1f%%%n"
                        + "  HTTP Basic instead (PBKDF2 password check), %d calls:          %.0f ms a call"
                        + " (%.0f ms of it in the server, %.0f ms inside the endpoint)%n",
                COMMS_HUBS,
                PALLET,
                serviceSeconds,
                serviceRate,
                1000 * serviceSeconds / pallets.size(),
                1000 * service.serverSeconds() / pallets.size(),
                1000 * service.endpointSeconds() / pallets.size(),
                jdbcSeconds,
                jdbcRate,
                1000 * jdbcSeconds / pallets.size(),
                copySeconds,
                copyRate,
                1000 * copySeconds / pallets.size(),
                100 * serviceRate / jdbcRate,
                100 * serviceRate / copyRate,
                BASIC_CALLS,
                1000 * basic.seconds() / BASIC_CALLS,
                1000 * basic.serverSeconds() / BASIC_CALLS,
                1000 * basic.endpointSeconds() / BASIC_CALLS);
        System.out.print(report);
        write(report);
    }

    /**
     * The calls' time at the client; the part of it the server spent on them, from the request's arrival to its
     * answer (the latency filter); and the part inside the endpoint (its own meter).
     */
    record Phase(double seconds, double serverSeconds, double endpointSeconds) {}

    private static Phase preNotifyAll(CspmN3 gateway, List<List<CommsHub>> pallets) throws Exception {
        String before = Metrics.scrape();
        long start = System.nanoTime();
        for (List<CommsHub> pallet : pallets) {
            assertThat(gateway.preNotifyCommsHubs(N3Gateway.call(pallet)).getAcceptedCount())
                    .isEqualTo(pallet.size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String after = Metrics.scrape();
        return new Phase(
                seconds,
                serverSeconds(after) - serverSeconds(before),
                endpointSeconds(after) - endpointSeconds(before));
    }

    private static double serverSeconds(String metrics) {
        return Metrics.value(metrics, "dsp_http_request_duration_seconds_sum", "endpoint=\"cspm-n3\"");
    }

    private static double endpointSeconds(String metrics) {
        return Metrics.value(metrics, "dsp_n3_call_duration_seconds_sum");
    }

    private static List<CommsHub> pallet(int size, String supplierId) {
        List<CommsHub> pallet = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pallet.add(N3Gateway.commsHub(REGION, supplierId));
        }
        return pallet;
    }

    private static final String PLAIN_INSERT =
            "insert into device (device_id, device_type, manufacturer, model, firmware_version, hardware_version,"
                    + " smets_chts_version, han_variant, csp_region, smi_status, smi_status_since, logistics_status,"
                    + " gpf_device_id, notifying_party_id, delivered_to_party_id, delivery_date, created_at,"
                    + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 'SINGLE_BAND', 'SOUTH_4G', 'PENDING', ?,"
                    + " 'DELIVERED', ?, ?, ?, ?, ?, ?, 1)";

    /** A pallet's 1,792 device rows in one JDBC batch and one transaction. */
    private static void insertWithPlainJdbc(
            Connection connection, PreparedStatement statement, List<CommsHub> pallet, String cspId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        for (CommsHub hub : pallet) {
            add(statement, hub, Eui64s.value(hub.getGPFDeviceID()), "GPF", null, cspId, now);
            add(
                    statement,
                    hub,
                    Eui64s.value(hub.getCHFDeviceID()),
                    "CHF",
                    Eui64s.value(hub.getGPFDeviceID()),
                    cspId,
                    now);
        }
        statement.executeBatch();
        connection.commit();
    }

    /**
     * The same rows as {@link #insertWithPlainJdbc}, as PostgreSQL loads fastest: one {@code COPY} of a pallet's
     * 1,792 rows in the text format, a pallet a transaction.
     */
    private static void copyIn(Connection connection, CopyManager copy, List<CommsHub> pallet, String cspId)
            throws Exception {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        StringBuilder rows = new StringBuilder(pallet.size() * 400);
        for (CommsHub hub : pallet) {
            String gpf = Long.toString(Eui64s.value(hub.getGPFDeviceID()));
            copyRow(rows, hub, gpf, "GPF", "\\N", cspId, now);
            copyRow(rows, hub, Long.toString(Eui64s.value(hub.getCHFDeviceID())), "CHF", gpf, cspId, now);
        }
        copy.copyIn(
                "copy device (device_id, device_type, manufacturer, model, firmware_version, hardware_version,"
                        + " smets_chts_version, han_variant, csp_region, smi_status, smi_status_since,"
                        + " logistics_status, gpf_device_id, notifying_party_id, delivered_to_party_id, delivery_date,"
                        + " created_at, updated_at, version) from stdin",
                new StringReader(rows.toString()));
        connection.commit();
    }

    /** The generated test values hold no tab, newline or backslash: the text format needs no escaping here. */
    private static void copyRow(
            StringBuilder rows, CommsHub hub, String deviceId, String type, String gpf, String cspId, String now) {
        String deliveryDate = hub.getDeliveryDate()
                .toGregorianCalendar()
                .toZonedDateTime()
                .toLocalDate()
                .toString();
        rows.append(String.join(
                        "\t",
                        deviceId,
                        type,
                        hub.getDeviceManufacturer(),
                        hub.getDeviceModel(),
                        hub.getFirmwareVersion(),
                        hub.getHardwareVersion(),
                        hub.getSMETSCHTSVersion(),
                        "SINGLE_BAND",
                        "SOUTH_4G",
                        "PENDING",
                        now,
                        "DELIVERED",
                        gpf,
                        cspId,
                        hub.getDeliveredToPartyID(),
                        deliveryDate,
                        now,
                        now,
                        "1"))
                .append('\n');
    }

    private static void add(
            PreparedStatement statement,
            CommsHub hub,
            long deviceId,
            String type,
            Long gpf,
            String cspId,
            Timestamp now)
            throws Exception {
        statement.setLong(1, deviceId);
        statement.setString(2, type);
        statement.setString(3, hub.getDeviceManufacturer());
        statement.setString(4, hub.getDeviceModel());
        statement.setString(5, hub.getFirmwareVersion());
        statement.setString(6, hub.getHardwareVersion());
        statement.setString(7, hub.getSMETSCHTSVersion());
        statement.setTimestamp(8, now);
        statement.setObject(9, gpf);
        statement.setString(10, cspId);
        statement.setString(11, hub.getDeliveredToPartyID());
        statement.setDate(
                12,
                Date.valueOf(hub.getDeliveryDate()
                        .toGregorianCalendar()
                        .toZonedDateTime()
                        .toLocalDate()));
        statement.setTimestamp(13, now);
        statement.setTimestamp(14, now);
        statement.addBatch();
    }

    private static long countOf(List<List<CommsHub>> pallets) {
        Long[] ids = pallets.stream()
                .flatMap(List::stream)
                .flatMap(h ->
                        java.util.stream.Stream.of(Eui64s.value(h.getCHFDeviceID()), Eui64s.value(h.getGPFDeviceID())))
                .toArray(Long[]::new);
        return (Long) ItDatabase.rows("select count(*) as n from device where device_id = any (?)", (Object) ids)
                .get(0)
                .get("n");
    }

    private static void write(String report) throws IOException {
        Path out = Path.of("target", "benchmark-n3.txt");
        Files.writeString(out, report);
    }
}
