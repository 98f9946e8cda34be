package uk.dsp.inventory.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The README's {@code DSP_NODES=2 ./run.sh}: two nodes of one managed domain behind HAProxy, on their own database,
 * port offset 400 and run directory, with the test server's TLS stores so that a gateway's certificate is trusted. One
 * console change reaches both nodes and the housekeeping run it schedules fires once. Under a steady stream of returns,
 * CSPM-N3 pallets and SR 8.2 reads through the balancer, each node in turn is stopped by the console and started again:
 * no request fails. Then the node that holds a CSP's signed-in session is killed (SIGKILL) at a random moment and stays
 * down: every answered request is whole exactly once within a minute, every other one whole or absent, the DLQ empty,
 * and the CSP's form, fetched from the dead node, is accepted by the other.
 */
class ClusterFailoverIT {

    private static final String DATABASE = "dsp_cluster";
    private static final int HUBS = 700;
    private static final String TIMER_RUNS = "select count(*) as n from housekeeping_run where trigger = 'TIMER'";

    private LocalCluster cluster;
    private ReturningSupplier reader;

    @Test
    void nothingAnsweredIsLostWhenNodesRestartOrDie() throws Exception {
        try (LocalCluster started = LocalCluster.start(
                DATABASE, 400, Path.of("target", "cluster-run").toAbsolutePath())) {
            cluster = started;
            ReturningSupplier supplier = ReturningSupplier.register();
            reader = ReturningSupplier.register();
            GatewayIdentity gateway = GatewayIdentity.issued("gateway-" + supplier.cspId());
            LocalCluster.registerGateway(supplier, gateway);
            Queue<Hub> hubs = new ConcurrentLinkedQueue<>(supplier.deliveredHubs(HUBS));
            Hub read = hubs.poll();
            Hub received = hubs.poll();

            assertThat(DuisClient.postTo(cluster.balancer().resolve("api/v1/serviceD"), returnOf(supplier, received))
                            .body())
                    .as("a return through the balancer")
                    .contains("<sr:ResponseCode>I0</sr:ResponseCode>");
            housekeepingScheduledOnceRunsOnce();
            assertThat(cluster.count("select count(*) as n from jboss_ejb_timer where timed_object_id like"
                            + " '%IncidentDeadlines'"))
                    .as("one incident deadlines timer in the store both nodes share: one node runs each hour")
                    .isEqualTo(1);

            SteadyLoad restarts;
            try (SteadyLoad load = loadOn(supplier, hubs, read, gateway)) {
                restarts = load;
                Thread.sleep(5000);
                for (String node : LocalCluster.NODES) {
                    cluster.restart(node);
                }
                Thread.sleep(5000);
            }
            System.out.println("Rolling restart: " + restarts.summary());
            assertThat(restarts.unanswered())
                    .as("a rolling restart fails no request")
                    .isEmpty();
            assertThat(restarts.sent(SteadyLoad.Kind.RETURN)).hasSizeGreaterThan(50);
            assertWhole(restarts);
            assertNoDeadLetters(LocalCluster.NODES);

            PageSession session = new PageSession();
            People.Person csp = People.of(supplier.cspId(), "WORK_ORDERS");
            assertThat(session.signIn(csp.username(), People.PASSWORD).statusCode())
                    .isEqualTo(302);
            HttpResponse<String> receipts = session.get("ssi/receipts.xhtml");
            assertThat(receipts.statusCode()).isEqualTo(200);
            String victim = receipts.headers().firstValue("X-DSP-Node").orElseThrow();
            String viewState = PageSession.viewState(receipts.body());

            SteadyLoad failover;
            try (SteadyLoad load = loadOn(supplier, hubs, read, gateway)) {
                failover = load;
                Thread.sleep(3000 + new Random().nextInt(10_000));
                cluster.kill(victim);
                Thread.sleep(10_000);
            }
            System.out.println("Node killed: " + failover.summary());
            assertThat(failover.sent(SteadyLoad.Kind.RETURN)).hasSizeGreaterThan(10);
            assertWhole(failover);

            HttpResponse<String> receipt = session.postRaw(
                    "ssi/receipts.xhtml",
                    "application/x-www-form-urlencoded",
                    form(Map.of(
                                    "step",
                                    "step",
                                    "step:deviceId",
                                    received.chf(),
                                    "step:received",
                                    "Received",
                                    "jakarta.faces.ViewState",
                                    viewState))
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(302);
            assertThat(receipt.headers().firstValue("X-DSP-Node"))
                    .isPresent()
                    .get()
                    .isNotEqualTo(victim);
            assertThat(ItDatabase.rowsIn(
                                    DATABASE,
                                    "select status from returns_record where device_id = ?",
                                    Long.parseUnsignedLong(received.chf().replace("-", ""), 16))
                            .get(0))
                    .containsEntry("status", "RECEIVED");
            assertNoDeadLetters(LocalCluster.NODES.stream()
                    .filter(node -> !node.equals(victim))
                    .toList());
        }
    }

    private SteadyLoad loadOn(ReturningSupplier supplier, Queue<Hub> hubs, Hub read, GatewayIdentity gateway) {
        return SteadyLoad.start(
                supplier,
                reader,
                hubs,
                read.chf(),
                cluster.balancer().resolve("api/v1/serviceD"),
                gateway.sslContext(),
                cluster.gatewayEndpoint());
    }

    /**
     * Every answered request is whole exactly once within a minute (a return's record, two audit entries and a SENT
     * notice; a pallet's CHs), and every unanswered one is whole or absent.
     */
    private void assertWhole(SteadyLoad load) {
        List<SteadyLoad.Sent> returns = load.sent(SteadyLoad.Kind.RETURN);
        Eventually.await(
                "a returns record, two audit entries and a SENT notice for every answered return",
                () -> returns.stream()
                        .filter(SteadyLoad.Sent::answered)
                        .allMatch(r -> whole(r.keys().get(0))),
                () -> "unfinished: "
                        + returns.stream()
                                .filter(r -> r.answered() && !whole(r.keys().get(0)))
                                .toList());
        for (SteadyLoad.Sent unanswered : load.unanswered()) {
            if (unanswered.kind() == SteadyLoad.Kind.RETURN) {
                String requestId = unanswered.keys().get(0);
                assertThat(whole(requestId) || absent(requestId))
                        .as("unanswered %s is whole or absent", unanswered)
                        .isTrue();
            }
        }
        assertThat(cluster.count("select count(*) as n from (select device_id from returns_record"
                        + " group by device_id having count(*) > 1) twice"))
                .as("no CH returned twice")
                .isZero();
        for (SteadyLoad.Sent pallet : load.sent(SteadyLoad.Kind.PALLET)) {
            String devices = pallet.keys().stream()
                    .map(chf -> Long.toString(Long.parseUnsignedLong(chf.replace("-", ""), 16)))
                    .collect(Collectors.joining(","));
            long present = cluster.count("select count(*) as n from device where device_id in (" + devices + ")");
            assertThat(present)
                    .as("%s: every CH when answered, every CH or none otherwise", pallet)
                    .isIn(
                            pallet.answered()
                                    ? List.of((long) pallet.keys().size())
                                    : List.of(0L, (long) pallet.keys().size()));
        }
    }

    private void assertNoDeadLetters(List<String> nodes) throws Exception {
        for (String node : nodes) {
            assertThat(cluster.console("/host=primary/server=" + node
                            + "/subsystem=messaging-activemq/server=default/jms-queue=DLQ"
                            + ":read-attribute(name=message-count)"))
                    .as(node + "'s DLQ")
                    .contains("\"result\" => 0L");
        }
    }

    /**
     * The housekeeping schedule set once, in the domain's console, to a minute soon enough to wait for: both nodes take
     * it up (each re-reads it every 10 s), both timers fire, and one run starts.
     */
    private void housekeepingScheduledOnceRunsOnce() throws Exception {
        LocalDateTime at = LocalDateTime.now()
                .plusSeconds(25)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        String schedule = "0 " + at.getMinute() + " " + at.getHour() + " * * *";
        cluster.console(
                "/system-property=dsp.housekeeping.schedule:write-attribute(name=value, value=\"" + schedule + "\")");
        for (String node : LocalCluster.NODES) {
            Path log = cluster.serverLog(node);
            Eventually.await(
                    node + " scheduling housekeeping at " + at,
                    () -> LocalCluster.read(log).contains("Housekeeping scheduled '" + schedule + "'"));
        }
        while (cluster.count(TIMER_RUNS) == 0) {
            assertThat(LocalDateTime.now()).as("waiting for the run at " + at).isBefore(at.plusSeconds(45));
            Thread.sleep(1000);
        }
        assertThat(cluster.count(TIMER_RUNS))
                .as("housekeeping runs the schedule started, both nodes' timers firing")
                .isEqualTo(1);
    }

    private boolean absent(String requestId) {
        return cluster.count("select count(*) as n from returns_record where request_id = '" + requestId + "'") == 0
                && cluster.count("select count(*) as n from sat_entry where request_id = '" + requestId + "'") == 0;
    }

    private boolean whole(String requestId) {
        return cluster.count("select count(*) as n from returns_record where request_id = '" + requestId + "'") == 1
                && cluster.count("select count(*) as n from sat_entry where request_id = '" + requestId + "'") == 2
                && cluster.count("select count(*) as n from csp_return_notification where request_id = '" + requestId
                                + "' and status = 'SENT'")
                        == 1;
    }

    private static byte[] returnOf(ReturningSupplier supplier, Hub hub) {
        return supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
