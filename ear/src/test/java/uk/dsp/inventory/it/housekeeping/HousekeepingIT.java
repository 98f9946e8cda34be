package uk.dsp.inventory.it.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.AlertReceiver;
import uk.dsp.inventory.it.support.DeadLetters;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;
import uk.dsp.inventory.it.support.ServerSettings;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.DuisSchema;
import uk.dsp.inventory.it.support.duis.DuisVerifier;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * SMI housekeeping on the real server: settings changed at runtime through the management API, runs started
 * by the administrator (and once by the timer), N8 alerts received by a real HTTP endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class HousekeepingIT {

    private static final List<String> METER_TYPES = List.of("ESME", "GSME", "HCALCS", "PPMID", "IHD", "CAD");
    private static final String NEVER = "0 0 0 30 2 *";

    private final AdminClient admin = AdminClient.asAdministrator();
    private AlertReceiver receiver;
    private ReturningSupplier supplier;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void prepare() throws Exception {
        ServerSettings.restoreHousekeepingDefaults();
        ServerSettings.set("dsp.housekeeping.schedule", NEVER);
        receiver = new AlertReceiver();
        supplier = ReturningSupplier.registerWithAlertEndpoint(receiver.endpoint());
    }

    @AfterEach
    void restore() {
        receiver.close();
        ServerSettings.restoreHousekeepingDefaults();
        ServerSettings.set("dsp.housekeeping.schedule", NEVER);
    }

    @Test
    void deletesEveryTypeJustPastItsDurationKeepsItJustBeforeAndAlertsTheNotifyingSupplier() throws Exception {
        ServerSettings.set("dsp.housekeeping.durations", "ESME=P6M,IHD=P30D");
        List<String> due = new ArrayList<>();
        List<String> notDue = new ArrayList<>();
        for (String type : METER_TYPES) {
            Period duration = "ESME".equals(type)
                    ? Period.ofMonths(6)
                    : "IHD".equals(type) ? Period.ofDays(30) : Period.ofMonths(12);
            due.add(meter(type, ago(duration).minus(Duration.ofHours(1))));
            notDue.add(meter(type, ago(duration).plus(Duration.ofHours(1))));
        }
        Hub oldHub = pendingHub(ago(Period.ofYears(3)));

        JsonObject run = run();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(existing(due)).isEmpty();
        assertThat(existing(notDue)).containsExactlyInAnyOrderElementsOf(notDue);
        assertThat(existing(List.of(oldHub.chf(), oldHub.gpf()))).hasSize(2);
        assertThat(ItDatabase.rows(
                        "select device_id from housekeeping_deletion where run_id = ?", (long) run.getInt("runId")))
                .extracting(r -> Eui64s.format((Long) r.get("device_id")))
                .containsAll(due)
                .doesNotContainAnyElementsOf(notDue);
        assertThat(run.getJsonObject("deletedByType").getInt("ESME")).isPositive();
        Eventually.await("six N8 alerts", () -> receiver.received().size() == 6);
        X509Certificate dsp = dspCertificate();
        for (String alert : receiver.received()) {
            assertThat(DuisVerifier.verify(alert, dsp)).isTrue();
            DuisSchema.validate(alert);
            assertThat(alert).contains("<sr:DCCAlertCode>N8</sr:DCCAlertCode>", "<sr:DeviceRemovedFromInventory/>");
        }
        assertThat(receiver.received()).allMatch(alert -> due.stream().anyMatch(alert::contains));
    }

    @Test
    void theExclusionListAndDurationsChangeAtRuntimeWithoutARedeploy() {
        Hub hub = pendingHub(ago(Period.ofDays(3)));
        String meter = meter("ESME", ago(Period.ofDays(3)));
        ServerSettings.set("dsp.housekeeping.default-duration", "P2D");
        ServerSettings.set("dsp.housekeeping.excluded-types", "ESME");

        run();
        assertThat(existing(List.of(meter, hub.chf(), hub.gpf()))).containsExactly(meter);
        assertThat(receiver.received()).isEmpty();

        ServerSettings.set("dsp.housekeeping.excluded-types", "");
        run();
        assertThat(existing(List.of(meter))).isEmpty();
        Eventually.await(
                "the meter's N8, and none for the CH", () -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0)).contains(meter);
    }

    @Test
    void anInvalidSettingStopsTheRunAndDeletesNothing() {
        String meter = meter("IHD", ago(Period.ofYears(2)));
        Map<String, String> invalid = Map.of(
                "dsp.housekeeping.excluded-types", "CHF,TOASTER",
                "dsp.housekeeping.default-duration", "P0D",
                "dsp.housekeeping.durations", "IHD=-P1M",
                "dsp.housekeeping.schedule", "every night",
                "dsp.housekeeping.chunk-size", "0",
                "dsp.housekeeping.enabled", "maybe");
        invalid.forEach((property, value) -> {
            ServerSettings.set(property, value);
            JsonObject run = run();
            assertThat(run.getString("status")).as(property).isEqualTo("REFUSED");
            assertThat(run.getString("problem")).contains(property, "is not valid");
            assertThat(existing(List.of(meter))).as(property).hasSize(1);
            ServerSettings.restoreHousekeepingDefaults();
            ServerSettings.set("dsp.housekeeping.schedule", NEVER);
        });
        ServerSettings.set("dsp.housekeeping.schedule", "0 0 25 * * *");
        assertThat(run().getString("problem")).contains("dsp.housekeeping.schedule");
    }

    @Test
    void theSwitchTurnsDeletionOffAndADryRunOnlyCounts() {
        String meter = meter("PPMID", ago(Period.ofYears(2)));
        ServerSettings.set("dsp.housekeeping.enabled", "false");
        assertThat(run().getString("status")).isEqualTo("DISABLED");
        assertThat(existing(List.of(meter))).hasSize(1);

        ServerSettings.set("dsp.housekeeping.enabled", "true");
        AdminClient.Reply dryRun = admin.runHousekeeping(true);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().getJsonObject("byType").getInt("PPMID")).isPositive();
        assertThat(dryRun.json().getJsonObject("byType").containsKey("CHF")).isFalse();
        assertThat(existing(List.of(meter))).hasSize(1);
    }

    @Test
    void anAlertTheReceiverRefusesIsRetriedThenDeliveredOrDeadLettered() {
        receiver.failNext(1);
        String first = meter("CAD", ago(Period.ofYears(2)));
        run();
        Eventually.await("the N8 after one refusal", () -> receiver.received().size() == 1);
        assertThat(receiver.attempts()).isEqualTo(2);
        Eventually.await("the alert marked delivered", () -> alertsFor(first).equals(List.of("DELIVERED")));

        receiver.failNext(-1);
        String second = meter("CAD", ago(Period.ofYears(2)));
        run();
        Eventually.await("the N8 in the DLQ", () -> DeadLetters.list().contains("alertId"));
        Eventually.await("the alert marked FAILED", () -> alertsFor(second).equals(List.of("FAILED")));
        assertThat(admin.get("api/admin/alerts?status=FAILED").body())
                .contains("\"deviceId\":\"" + second + "\"")
                .contains("\"failure\":\"IllegalStateException: the endpoint answered HTTP");
    }

    @Test
    void aServiceUserWithoutAnEndpointHasItsAlertRecordedAsUndeliverable() {
        ReturningSupplier silent = ReturningSupplier.registerWithAlertEndpoint(null);
        String meter = Eui64s.random();
        silent.send(SmiDocuments.preNotify(silent.partyId(), meter, "GSME", null));
        backdate(meter, ago(Period.ofYears(2)));

        JsonObject run = run();

        assertThat(run.getInt("undeliverableAlerts")).isEqualTo(1);
        assertThat(admin.get("api/admin/alerts?status=UNDELIVERABLE&partyId=" + silent.partyId())
                        .json()
                        .getJsonArray("alerts")
                        .getJsonObject(0)
                        .getString("deviceId"))
                .isEqualTo(meter);
    }

    @Test
    void theTimerRunsHousekeepingOnTheConfiguredSchedule() {
        String meter = meter("ESME", ago(Period.ofYears(2)));
        ServerSettings.set("dsp.housekeeping.schedule", "*/5 * * * * *");

        Eventually.await(
                "a run by the timer",
                () -> admin
                        .get("api/admin/housekeeping/runs?limit=5")
                        .json()
                        .getJsonArray("runs")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(r -> "TIMER".equals(r.getString("trigger"))));
        ServerSettings.set("dsp.housekeeping.schedule", NEVER);
        Eventually.await("the due meter gone", () -> existing(List.of(meter)).isEmpty());
    }

    @Test
    void aDryRunAnotherRunAndTheScheduleCheckDoNotWaitForARunningRun() throws Exception {
        // 40,000 due meters of the CSP (no alerts) in chunks of 20: a run that is still going when asked things.
        long base = (1L << 41) + ThreadLocalRandom.current().nextLong(1L << 30);
        ItDatabase.update(
                "insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since,"
                        + " notifying_party_id, created_at, updated_at) select ? + g, 'ESME', 'Bulk', 'B-1', 'PENDING',"
                        + " now() - interval '400 days', ?, now(), now() from generate_series(1, 40000) g",
                base,
                supplier.cspId());
        ServerSettings.set("dsp.housekeeping.chunk-size", "20");
        ServerSettings.set("dsp.housekeeping.schedule", "*/5 * * * * *");
        Eventually.await("the timer's run under way", () -> "RUNNING TIMER".equals(latestRun()));
        AdminClient.Reply dryRun;
        AdminClient.Reply second;
        String meanwhile;
        // Holding the run's record holds the run at its next chunk, however fast this machine is.
        try (Connection held = ItDatabase.connect()) {
            held.setAutoCommit(false);
            held.createStatement().executeQuery("select 1 from housekeeping_run where status = 'RUNNING' for update");

            dryRun = admin.runHousekeeping(true);
            second = admin.runHousekeeping(false);
            ServerSettings.set("dsp.housekeeping.schedule", "0 0 3 * * *");
            Eventually.await(
                    "the schedule check taking the new schedule",
                    () -> !ServerLog.linesWith("Housekeeping scheduled '0 0 3 * * *'")
                            .isEmpty());
            meanwhile = latestRun();
            held.rollback();
        }

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("error")).contains("in progress");
        assertThat(meanwhile)
                .as("the timer's run, once the others were answered")
                .isEqualTo("RUNNING TIMER");
        Eventually.await("the run completed", () -> "COMPLETED TIMER".equals(latestRun()));
        assertThat(ItDatabase.rows("select 1 from device where device_id > ? and device_id <= ?", base, base + 40000))
                .isEmpty();
    }

    private static String latestRun() {
        return (String) ItDatabase.rows(
                        "select status || ' ' || trigger as run from housekeeping_run order by run_id desc limit 1")
                .get(0)
                .get("run");
    }

    private JsonObject run() {
        AdminClient.Reply reply = admin.runHousekeeping(false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String meter(String type, Instant pendingSince) {
        String meter = Eui64s.random();
        String reply = supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, type, null));
        assertThat(reply).contains("<sr:ResponseCode>I0<");
        backdate(meter, pendingSince);
        return meter;
    }

    private Hub pendingHub(Instant pendingSince) {
        Hub hub = supplier.deliveredHubs(1).get(0);
        backdate(hub.chf(), pendingSince);
        backdate(hub.gpf(), pendingSince);
        return hub;
    }

    private static void backdate(String deviceId, Instant since) {
        ItDatabase.update(
                "update device set smi_status_since = ? where device_id = ?",
                since.atOffset(ZoneOffset.UTC),
                Eui64s.value(deviceId));
    }

    private static Instant ago(Period period) {
        return Instant.now().atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static List<String> existing(List<String> deviceIds) {
        Long[] ids = deviceIds.stream().map(Eui64s::value).toArray(Long[]::new);
        return ItDatabase.rows("select device_id from device where device_id = any (?)", (Object) ids).stream()
                .map(r -> Eui64s.format((Long) r.get("device_id")))
                .toList();
    }

    private static List<Object> alertsFor(String deviceId) {
        return ItDatabase.rows("select status from dcc_alert where device_id = ?", Eui64s.value(deviceId)).stream()
                .map(r -> r.get("status"))
                .toList();
    }

    private static X509Certificate dspCertificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(DuisClient.dspCertificatePem().getBytes(StandardCharsets.US_ASCII)));
    }
}
