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
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.RunSh;
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
    private static final Path RUN_DIR = Path.of("target", "newcomer-run").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void runShGivesASystemWhereAReturnedHubsCspFindsItsMailInTheCatcher() throws Exception {
        try (RunSh runSh = RunSh.start("dsp_newcomer", OFFSET, RUN_DIR, Map.of())) {
            runSh.awaitRunning(Duration.ofMinutes(6));
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
        }
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
}
