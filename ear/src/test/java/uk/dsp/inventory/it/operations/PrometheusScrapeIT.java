package uk.dsp.inventory.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.PrometheusServer;
import uk.dsp.inventory.it.support.SmiFixtures;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * Debian's Prometheus scrapes the test server's /dsp/metrics every second through a minute of traffic (DUIS returns
 * single and bulk, refusals, CSPM-N3 pallets and a refused call, reads, two housekeeping runs that each delete one
 * device), with the project's alert rules loaded. Then every query of the Grafana dashboard and every alert rule's
 * expression (its comparisons made {@code bool}, so that a rule not firing still shows its data) returns data through
 * Prometheus' API; {@code increase()} over the window reads the two runs and the two deletions; and a mail that fails
 * to the end makes the dead-letter and failed-delivery alerts fire.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class PrometheusScrapeIT {

    private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
    private static final Duration TRAFFIC = Duration.ofMinutes(1);
    /** A comparison with a number on its right, which filters a series out when false. */
    private static final Pattern COMPARISON = Pattern.compile("(==|!=|>=|<=|>|<)\\s*(-?[0-9.]+)");

    private final AdminClient admin = AdminClient.asAdministrator();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void prometheusReadsEveryDashboardQueryAndRuleAndTheAlertsFire() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        assertThat(admin.runHousekeeping(false).status())
                .as("a run before the window takes any other test's due devices")
                .isEqualTo(200);
        String node =
                DspServer.resolve("/").getHost() + ":" + DspServer.resolve("/").getPort();
        try (PrometheusServer prometheus = PrometheusServer.scraping(node, DOCS.resolve("prometheus/dsp-alerts.yml"))) {
            Eventually.await(
                    "Prometheus' first scrape of the node",
                    () -> !prometheus.query("up{job=\"dsp-inventory\"} == 1").isEmpty());
            double firstScrape = PrometheusServer.value(prometheus
                    .query("timestamp(dsp_housekeeping_runs_total{status=\"COMPLETED\"})")
                    .get(0));

            sendTraffic(supplier);

            double lastScrape = PrometheusServer.value(prometheus
                    .query("timestamp(dsp_housekeeping_runs_total{status=\"COMPLETED\"})")
                    .get(0));
            // The window from the first scrape to the last, so that increase() has nothing to extrapolate.
            String window = "[" + Math.round((lastScrape - firstScrape) * 1000 + 1) + "ms]";
            double runs = PrometheusServer.value(prometheus
                    .query("sum(increase(dsp_housekeeping_runs_total" + window + "))", lastScrape)
                    .get(0));
            double deleted = PrometheusServer.value(prometheus
                    .query("sum(increase(dsp_housekeeping_deleted_devices_total" + window + "))", lastScrape)
                    .get(0));
            System.out.printf(
                    "Over the window %s: increase of housekeeping runs %.3f, of devices deleted %.3f%n",
                    window, runs, deleted);
            assertThat(runs).isCloseTo(2, within(0.01));
            assertThat(deleted).isCloseTo(2, within(0.01));

            List<String> empty = new ArrayList<>();
            for (String expression : dashboardQueries()) {
                if (prometheus.query(expression).isEmpty()) {
                    empty.add("dashboard: " + expression);
                }
            }
            for (String expression : ruleExpressions(prometheus)) {
                String withData = COMPARISON.matcher(expression).replaceAll("$1 bool $2");
                if (prometheus.query(withData).isEmpty()) {
                    empty.add("rule: " + withData);
                }
            }
            assertThat(empty).as("queries without data").isEmpty();

            failAMailToTheEnd(prometheus);
        }
    }

    /** A minute of each interface's traffic, with two housekeeping runs that delete one due device each. */
    private void sendTraffic(ReturningSupplier supplier) throws Exception {
        Instant end = Instant.now().plus(TRAFFIC);
        int round = 0;
        while (Instant.now().isBefore(end)) {
            List<Hub> hubs = supplier.deliveredHubs(4);
            DuisClient.post(
                    supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hubs.get(0))));
            DuisClient.post(supplier.sign(
                    ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), nextCounter(), hubs.subList(1, 4))));
            DuisClient.post("not xml");
            assertThat(catchThrowable(() -> N3Gateway.as(supplier.cspId(), "not the CSP's password")
                            .preNotifyCommsHubs(N3Gateway.call(
                                    List.of(N3Gateway.commsHub(ReturningSupplier.REGION, supplier.partyId()))))))
                    .isInstanceOf(N3RefusalFault.class);
            if (round == 2 || round == 5) {
                String due = SmiFixtures.device("ESME", "PENDING", supplier.partyId());
                ItDatabase.update(
                        "update device set smi_status_since = ? where device_id = ?",
                        Instant.now().minus(Duration.ofDays(3 * 365)).atOffset(ZoneOffset.UTC),
                        Eui64s.value(due));
                AdminClient.Reply run = admin.runHousekeeping(false);
                assertThat(run.status()).as(run.body()).isEqualTo(200);
                assertThat(run.json().getJsonObject("deletedByType").getInt("ESME"))
                        .isEqualTo(1);
            }
            round++;
            Thread.sleep(2_000);
        }
        assertThat(round).as("rounds of traffic").isGreaterThan(5);
    }

    /**
     * An incident's mail while the mail server is away, until it is FAILED and a dead letter: both alerts fire; then
     * it is sent again, so that the next test finds no dead letter of this one's.
     */
    private void failAMailToTheEnd(PrometheusServer prometheus) {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        String device = SmiFixtures.installAndLeave(installer.partyId());
        CspMailbox.stop();
        try {
            assertThat(gainer.post("api/v1/incidents", "{\"deviceId\":\"" + device + "\"}")
                            .status())
                    .isEqualTo(201);
            Eventually.await(
                    "the dead-letter and failed-delivery alerts firing",
                    () -> firing(prometheus).containsAll(List.of("DspDeadLetters", "DspDeliveryFailed")));
        } finally {
            CspMailbox.start();
        }
        for (JsonObject letter : admin.get("api/admin/dead-letters?limit=1000")
                .json()
                .getJsonArray("deadLetters")
                .getValuesAs(JsonObject.class)) {
            if (letter.getString("about").contains(installer.email())) {
                assertThat(admin.post("api/admin/dead-letters/" + letter.getJsonNumber("id") + "/resend", "")
                                .status())
                        .isEqualTo(200);
            }
        }
    }

    private static List<String> firing(PrometheusServer prometheus) {
        return prometheus.alerts().stream()
                .filter(alert -> "firing".equals(alert.getString("state")))
                .map(alert -> alert.getJsonObject("labels").getString("alertname"))
                .toList();
    }

    private static List<String> dashboardQueries() throws Exception {
        JsonObject dashboard;
        try (var reader = Json.createReader(
                new StringReader(Files.readString(DOCS.resolve("grafana/dsp-inventory-dashboard.json"))))) {
            dashboard = reader.readObject();
        }
        return dashboard.getJsonArray("panels").getValuesAs(JsonObject.class).stream()
                .flatMap(panel -> panel.getJsonArray("targets").getValuesAs(JsonObject.class).stream())
                .map(target -> target.getString("expr"))
                .toList();
    }

    /** Every alert rule's expression as Prometheus loaded it from docs/prometheus. */
    private static List<String> ruleExpressions(PrometheusServer prometheus) {
        List<String> expressions = prometheus.rules();
        assertThat(expressions).as("the rules Prometheus loaded").hasSizeGreaterThanOrEqualTo(10);
        return expressions;
    }
}
