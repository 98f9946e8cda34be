package uk.dsp.inventory.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.RunSh;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The README's {@code DSP_NODES=2 ./run.sh} on a database, port offset and run directory of its own, with the test
 * server's TLS stores so that the gateways the tests issue are trusted; the test clients point at its balancer while it
 * runs. It offers what an operator does to a node: the documented restart and stop through the one console, and a
 * SIGKILL by the node's PID file.
 */
final class LocalCluster implements AutoCloseable {

    static final List<String> NODES = List.of("dsp-node-1", "dsp-node-2");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final RunSh runSh;
    private final String database;
    private final int offset;

    private LocalCluster(RunSh runSh, String database, int offset) {
        this.runSh = runSh;
        this.database = database;
        this.offset = offset;
    }

    static LocalCluster start(String database, int offset, Path runDir) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(GatewayIdentity.serverStores());
        environment.put("DSP_NODES", String.valueOf(NODES.size()));
        RunSh runSh = RunSh.start(database, offset, runDir, environment);
        LocalCluster cluster = new LocalCluster(runSh, database, offset);
        try {
            runSh.awaitRunning(Duration.ofMinutes(12));
        } catch (AssertionError | IOException | InterruptedException e) {
            runSh.close();
            throw e;
        }
        DspServer.useServerAt(cluster.balancer());
        return cluster;
    }

    URI balancer() {
        return URI.create("http://127.0.0.1:" + (8080 + offset) + "/dsp/");
    }

    /** CSPM-N3 on the balancer's HTTPS port, passed through to a node. */
    String gatewayEndpoint() {
        return "https://127.0.0.1:" + (8443 + offset) + "/dsp/cspm/N3";
    }

    /** A node's own address, as run.sh lays them out: the usual ports plus 1000 for each place in line. */
    URI nodeBase(String node) {
        int place = Integer.parseInt(node.substring(node.lastIndexOf('-') + 1));
        return URI.create("http://127.0.0.1:" + (8080 + offset + 1000 * place) + "/dsp/");
    }

    Path runDir() {
        return runSh.runDir();
    }

    Path serverLog(String node) {
        return runDir().resolve("wildfly/domain/servers/" + node + "/log/server.log");
    }

    long count(String sql) {
        return ((Number) ItDatabase.rowsIn(database, sql).get(0).get("n")).longValue();
    }

    /**
     * The documented restart, scripts/restart-node.sh: the balancer puts the node in maintenance, the console stops it
     * once the balancer holds no connection to it and starts it again, and the balancer sends it work once it is
     * healthy; its PID file follows.
     */
    void restart(String node) throws Exception {
        Process script = new ProcessBuilder(
                        ROOT.resolve("scripts/restart-node.sh").toString(), node, runDir().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor()).as(output).isZero();
        Eventually.await(
                node + "'s PID file naming the new process",
                () -> ProcessHandle.of(pid(node)).map(ProcessHandle::isAlive).orElse(false));
    }

    void stop(String node) throws Exception {
        console("/host=primary/server-config=" + node + ":stop(blocking=true, suspend-timeout=60)");
    }

    /** SIGKILL, by the PID file run.sh keeps: the node stays down (the host controller does not restart it). */
    void kill(String node) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid(node)).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    long pid(String node) {
        String pid = read(runDir().resolve("nodes/" + node + ".pid")).strip();
        return pid.isEmpty() ? -1 : Long.parseLong(pid);
    }

    /** A command in the domain's one console; its output, which must say success. */
    String console(String command) throws Exception {
        Process cli = new ProcessBuilder(
                        runDir().resolve("wildfly/bin/jboss-cli.sh").toString(),
                        "-c",
                        "--controller=127.0.0.1:" + (9990 + offset),
                        "--user=" + PreparedServer.Admin.USER,
                        "--password=" + PreparedServer.Admin.PASSWORD,
                        "--command=" + command)
                .redirectErrorStream(true)
                .start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor()).as(output).isZero();
        assertThat(output).contains("success");
        return output;
    }

    /** The gateway certificate, registered by the administrator to the supplier's CSP. */
    static void registerGateway(ReturningSupplier supplier, GatewayIdentity gateway) {
        String cspId = supplier.cspId();
        AdminClient.Reply reply = AdminClient.asAdministrator()
                .update(
                        cspId,
                        AdminClient.party(
                                        cspId,
                                        "CSP " + cspId,
                                        List.of("CSP"),
                                        ReturningSupplier.REGION,
                                        List.of(),
                                        null)
                                .add(
                                        "gatewayCertificates",
                                        Json.createArrayBuilder().add(gateway.pem()))
                                .build()
                                .toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** SIGTERM to run.sh, which stops the nodes and the balancer; the test clients go back to the test server. */
    @Override
    public void close() {
        DspServer.useArquillianServer();
        runSh.close();
    }
}
