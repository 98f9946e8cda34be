package uk.dsp.inventory.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.RunSh;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The README's {@code DSP_NODES=2 ./run.sh}: two nodes of one managed domain behind HAProxy, on their own database,
 * port offset 400 and run directory. One console change reaches both nodes and the housekeeping run it schedules
 * fires once; the node that answered a stream of returns and holds a CSP's signed-in session is killed (SIGKILL) and
 * stays down: every answered return gets its record, audit and notice within a minute, exactly once, and the CSP's
 * form, fetched from the dead node, is accepted by the other.
 */
class ClusterFailoverIT {

    private static final int OFFSET = 400;
    private static final String DATABASE = "dsp_cluster";
    private static final URI BALANCER = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/dsp/");
    private static final Path RUN_DIR = Path.of("target", "cluster-run").toAbsolutePath();
    private static final int RETURNS = 6;
    private static final String TIMER_RUNS = "select count(*) as n from housekeeping_run where trigger = 'TIMER'";

    @Test
    void nothingAnsweredIsLostAndASignedInCspCarriesOnWhenItsNodeIsKilled() throws Exception {
        try (RunSh runSh = RunSh.start(DATABASE, OFFSET, RUN_DIR, Map.of("DSP_NODES", "2"))) {
            runSh.awaitRunning(Duration.ofMinutes(12));
            DspServer.useServerAt(BALANCER);
            ReturningSupplier supplier = ReturningSupplier.register();
            List<Hub> hubs = supplier.deliveredHubs(RETURNS);
            People.Person csp = People.of(supplier.cspId(), "WORK_ORDERS");

            LocalDateTime housekeepingAt = scheduleHousekeepingSoon();
            awaitUntil(housekeepingAt.plusSeconds(45), () -> count(TIMER_RUNS) > 0);
            assertThat(count(TIMER_RUNS))
                    .as("housekeeping runs the schedule started, both nodes' timers firing")
                    .isEqualTo(1);

            PageSession session = new PageSession();
            assertThat(session.signIn(csp.username(), People.PASSWORD).statusCode())
                    .isEqualTo(302);
            HttpResponse<String> receipts = session.get("ssi/receipts.xhtml");
            assertThat(receipts.statusCode()).isEqualTo(200);
            String victim = receipts.headers().firstValue("X-DSP-Node").orElseThrow();
            String viewState = PageSession.viewState(receipts.body());

            List<String> requestIds = new ArrayList<>();
            long throughBalancer = nextCounter();
            assertThat(DuisClient.postTo(
                                    BALANCER.resolve("api/v1/serviceD"),
                                    supplier.sign(ReturnDocuments.noFaultReturn(
                                                    supplier.partyId(), throughBalancer, hubs.get(RETURNS - 1)))
                                            .getBytes(StandardCharsets.UTF_8))
                            .body())
                    .as("a return through the balancer")
                    .contains("<sr:ResponseCode>I0</sr:ResponseCode>");
            requestIds.add(supplier.requestId(throughBalancer));
            URI victimServiceD = nodeBase(victim).resolve("api/v1/serviceD");
            for (Hub hub : hubs.subList(0, RETURNS - 1)) {
                long counter = nextCounter();
                DuisClient.Reply reply = DuisClient.postTo(
                        victimServiceD,
                        supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), counter, hub))
                                .getBytes(StandardCharsets.UTF_8));
                assertThat(reply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
                requestIds.add(supplier.requestId(counter));
            }
            kill(victim);

            Eventually.await(
                    "a returns record, two audit entries and a SENT notice for every answered return",
                    () -> requestIds.stream().allMatch(ClusterFailoverIT::whole),
                    () -> "unfinished: "
                            + requestIds.stream().filter(r -> !whole(r)).toList());
            assertThat(count("select count(*) as n from (select device_id from returns_record"
                            + " group by device_id having count(*) > 1) twice"))
                    .isZero();

            HttpResponse<String> received = session.postRaw(
                    "ssi/receipts.xhtml",
                    "application/x-www-form-urlencoded",
                    form(Map.of(
                                    "step",
                                    "step",
                                    "step:deviceId",
                                    hubs.get(0).chf(),
                                    "step:received",
                                    "Received",
                                    "jakarta.faces.ViewState",
                                    viewState))
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(received.statusCode()).as(received.body()).isEqualTo(302);
            assertThat(received.headers().firstValue("X-DSP-Node"))
                    .isPresent()
                    .get()
                    .isNotEqualTo(victim);
            assertThat(ItDatabase.rowsIn(
                                    DATABASE,
                                    "select status from returns_record where device_id = ?",
                                    Long.parseUnsignedLong(hubs.get(0).chf().replace("-", ""), 16))
                            .get(0))
                    .containsEntry("status", "RECEIVED");
        } finally {
            DspServer.useArquillianServer();
        }
    }

    /**
     * The housekeeping schedule set once, in the domain's console, to a minute soon enough to wait for: both nodes take
     * it up (each re-reads it every 10 s) and both timers fire.
     */
    private static LocalDateTime scheduleHousekeepingSoon() throws Exception {
        LocalDateTime at = LocalDateTime.now()
                .plusSeconds(25)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        String schedule = "0 " + at.getMinute() + " " + at.getHour() + " * * *";
        console("/system-property=dsp.housekeeping.schedule:write-attribute(name=value, value=\"" + schedule + "\")");
        for (String node : List.of("dsp-node-1", "dsp-node-2")) {
            Path log = RUN_DIR.resolve("wildfly/domain/servers/" + node + "/log/server.log");
            Eventually.await(
                    node + " scheduling housekeeping at " + at,
                    () -> read(log).contains("Housekeeping scheduled '" + schedule + "'"));
        }
        return at;
    }

    /** Past {@link Eventually}'s minute: a scheduled time can be further away than that. */
    private static void awaitUntil(LocalDateTime deadline, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        while (!condition.getAsBoolean()) {
            assertThat(LocalDateTime.now()).as("waiting until " + deadline).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    private static boolean whole(String requestId) {
        return count("select count(*) as n from returns_record where request_id = '" + requestId + "'") == 1
                && count("select count(*) as n from sat_entry where request_id = '" + requestId + "'") == 2
                && count("select count(*) as n from csp_return_notification where request_id = '" + requestId
                                + "' and status = 'SENT'")
                        == 1;
    }

    private static long count(String sql) {
        return ((Number) ItDatabase.rowsIn(DATABASE, sql).get(0).get("n")).longValue();
    }

    /** A node's own address, as run.sh lays them out: the usual ports plus 1000 for each place in line. */
    private static URI nodeBase(String node) {
        int place = Integer.parseInt(node.substring(node.lastIndexOf('-') + 1));
        return URI.create("http://127.0.0.1:" + (8080 + OFFSET + 1000 * place) + "/dsp/");
    }

    /** SIGKILL, by the PID file run.sh wrote: the node stays down (the host controller does not restart it). */
    private static void kill(String node) throws Exception {
        long pid = Long.parseLong(
                Files.readString(RUN_DIR.resolve("nodes/" + node + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void console(String command) throws Exception {
        Process cli = new ProcessBuilder(
                        RUN_DIR.resolve("wildfly/bin/jboss-cli.sh").toString(),
                        "-c",
                        "--controller=127.0.0.1:" + (9990 + OFFSET),
                        "--user=" + PreparedServer.Admin.USER,
                        "--password=" + PreparedServer.Admin.PASSWORD,
                        "--command=" + command)
                .redirectErrorStream(true)
                .start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor()).as(output).isZero();
        assertThat(output).contains("success");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
