package uk.dsp.inventory.it.newcomer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The README's ./run.sh, as a newcomer runs it: on the machine's PostgreSQL with its stock settings (no prepared
 * transactions), with no mail server of their own. A CSP pre-notifies a CH, its supplier returns it over DUIS at DCC
 * Boxed's path, the CSP's notice arrives in the mail catcher run.sh started, and server.log stays small and clean.
 * Its own database, port offset 300 and run directory, so that a developer's ./run.sh may keep running.
 */
class NewcomerRunIT {

    private static final int OFFSET = 300;
    private static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/dsp/");
    private static final URI MAIL_API = URI.create("http://127.0.0.1:" + (8025 + OFFSET) + "/api/user/");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path RUN_DIR = Path.of("target", "newcomer-run").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void runShGivesASystemWhereAReturnedHubsCspFindsItsMailInTheCatcher() throws Exception {
        ItDatabase.recreate("dsp_newcomer");
        deleteRecursively(RUN_DIR);
        Files.createDirectories(RUN_DIR);
        Path output = RUN_DIR.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder("./run.sh")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.remove("DSP_SMTP_HOST");
        env.remove("DSP_SMTP_PORT");
        List.of("DSP_TLS_KEYSTORE", "DSP_TLS_KEYSTORE_PASSWORD", "DSP_CSP_TRUSTSTORE", "DSP_CSP_TRUSTSTORE_PASSWORD")
                .forEach(env::remove);
        env.put("DSP_RUN_DIR", RUN_DIR.toString());
        env.put("DSP_PORT_OFFSET", String.valueOf(OFFSET));
        env.put("DSP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dsp_newcomer");
        env.put("DSP_ADMIN_USER", PreparedServer.Admin.USER);
        env.put("DSP_ADMIN_PASSWORD", PreparedServer.Admin.PASSWORD);
        Process runSh = builder.start();
        try {
            awaitRunning(runSh, output);
            DspServer.useServerAt(BASE);
            ReturningSupplier supplier = ReturningSupplier.register();
            Hub hub = supplier.deliveredHubs(1).get(0);

            DuisClient.Reply reply = DuisClient.post(
                    supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));

            assertThat(reply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
            Eventually.await(
                    "the CSP's notice in the mail catcher",
                    () -> mailsTo(supplier.cspEmail()).contains(hub.chf()));
            Path serverLog = RUN_DIR.resolve("wildfly/standalone/log/server.log");
            assertThat(Files.size(serverLog)).as("server.log").isLessThan(1_000_000);
            assertThat(Files.readAllLines(serverLog).stream()
                            .filter(line -> line.contains(" ERROR ") || line.contains(" SEVERE "))
                            .toList())
                    .as("the errors in server.log")
                    .isEmpty();
        } finally {
            DspServer.useArquillianServer();
            stop(runSh);
        }
    }

    private static void awaitRunning(Process runSh, Path output) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(output);
            if (printed.contains("DSP Inventory is running")) {
                return;
            }
            if (!runSh.isAlive()) {
                throw new AssertionError("run.sh stopped:\n" + printed);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("run.sh did not start the system within 6 minutes:\n" + Files.readString(output));
    }

    /** The catcher's JSON for an address; a 400 means no mail has come for it yet. */
    private static String mailsTo(String address) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(MAIL_API.resolve(address + "/messages/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as Ctrl-C: run.sh stops the server and the catcher itself. */
    private static void stop(Process runSh) throws InterruptedException {
        runSh.destroy();
        if (!runSh.waitFor(90, TimeUnit.SECONDS)) {
            runSh.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            runSh.destroyForcibly();
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
