package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * A second configured WildFly with the real EAR, started by the test itself (port offset 200) so that it can
 * be killed with SIGKILL and started again on the same data directory: the broker's journal and the
 * transaction log survive, as they would in production.
 */
public final class KillableServer {

    public static final URI BASE = URI.create("http://127.0.0.1:8280/dsp/");
    private static final int MANAGEMENT_PORT = 10190;
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Path home = Path.of(System.getProperty("jboss.home"));
    private final Path baseDir = Path.of("target", "killable-server").toAbsolutePath();
    private final String database;
    private Process process;

    public KillableServer(String database) {
        this.database = database;
    }

    /**
     * An empty database, a fresh copy of the server, started, with the tests' clients pointed at it; {@link #close()}
     * points them back at the Arquillian server and stops this one.
     */
    public static KillableServer startFresh(String database) throws Exception {
        ItDatabase.recreate(database);
        CspMailbox.start();
        KillableServer server = new KillableServer(database);
        server.prepare();
        server.start();
        DspServer.useServerAt(BASE);
        return server;
    }

    public void close() throws InterruptedException {
        DspServer.useArquillianServer();
        stop();
    }

    /** A fresh copy of the configured server's standalone directory, with the EAR in its deployments. */
    public void prepare() throws IOException {
        deleteRecursively(baseDir);
        copyRecursively(home.resolve("standalone"), baseDir);
        Files.copy(
                Path.of(System.getProperty("dsp.ear")),
                baseDir.resolve("deployments/dsp-inventory.ear"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    public void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "-c",
                        "standalone-full.xml",
                        "-Djboss.server.base.dir=" + baseDir,
                        "-Djboss.socket.binding.port-offset=200",
                        // recovery passes every 15 s instead of 120 s, so that an in-doubt transaction is settled while
                        // the test waits
                        "-Dcom.arjuna.ats.arjuna.recovery.periodicRecoveryPeriod=15",
                        "-Dcom.arjuna.ats.arjuna.recovery.recoveryBackoffPeriod=5")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console.log").toFile()));
        builder.environment().put("DSP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        builder.environment().put("DSP_SMTP_PORT", String.valueOf(CspMailbox.PORT));
        // The production redelivery (5 attempts, backing off to a minute), not the tests' quick dead-lettering: a
        // consumer that meets a restarting database must wait for it.
        builder.environment().remove("DSP_JMS_MAX_ATTEMPTS");
        process = builder.start();
        awaitDeployment();
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1", MANAGEMENT_PORT)) {
            PreparedServer.addAdministrator(management);
        }
    }

    /** SIGKILL to the server's JVM and its launcher: no shutdown hook, no orderly stop. */
    public void kill() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** This server's own log, kept across its restarts. */
    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /** Messages waiting in one of the broker's JMS queues (DspReturnsRecords, DLQ, ...). */
    public long messagesIn(String queue) throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation
                .get("address")
                .add("subsystem", "messaging-activemq")
                .add("server", "default")
                .add("jms-queue", queue);
        operation.get("name").set("message-count");
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1", MANAGEMENT_PORT)) {
            return management.execute(operation).get("result").asLong();
        }
    }

    private void awaitDeployment() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the killable server stopped; see " + baseDir.resolve("console.log"));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(BASE.resolve("api/v1/dsp-certificate"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the killable server did not deploy the EAR within " + START_LIMIT);
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}
