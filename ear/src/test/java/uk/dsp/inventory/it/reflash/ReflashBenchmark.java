package uk.dsp.inventory.it.reflash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ReflashFixtures;

/**
 * docs/benchmarks.md, in one run: DCC Logistics' file of 1,792 re-flashed CHs (two pallets, a month's volume)
 * against plain JDBC making the same changes in the same database (goal: within 2x); and a request of 1,792 CHs,
 * checked and recorded, against plain JDBC's reads and inserts. Each side works on CHs of its own in the same state.
 * Run with: mvn verify -Pbenchmark -pl ear (after mvn install -DskipTests).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class ReflashBenchmark {

    private static final int CHS = 1792;
    private static final String REGION = "Central";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void fileAndRequestAgainstPlainJdbc() throws Exception {
        Person operator = ReflashFixtures.logistics();
        ReflashFixtures.csp(REGION);
        upload(operator, received(operator, 200)); // warm-up: the server's code paths, compiled
        request(People.of(People.supplier("IS"), "REFLASH"), 200);

        Party service = received(operator, CHS);
        Party floor = received(operator, CHS);
        double fileSeconds = upload(operator, service);
        double fileFloor = PlainReflashFloor.fileSeconds(floor.id(), floor.chfs(), ReflashFixtures.LATEST);

        Person requester = People.of(People.supplier("IS"), "REFLASH");
        List<String> requested = ReflashFixtures.stock(requester.partyId(), REGION, CHS);
        String floorParty = People.supplier("IS");
        List<String> floorChs = ReflashFixtures.stock(floorParty, REGION, CHS);
        long start = System.nanoTime();
        JsonObject made = requester
                .post("api/v1/reflash-requests", ReflashFixtures.requestBody(requested))
                .json();
        double requestSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(made.getJsonArray("accepted")).hasSize(CHS);
        double requestFloor = PlainReflashFloor.requestSeconds(floorParty, floorChs);

        String report = String.format(
                Locale.ROOT,
                "Re-flash benchmark: %d CHs%n"
                        + "  DCC Logistics' file (HTTP POST, checks, SMI, work order, charges, history): %.3f s%n"
                        + "  plain JDBC, same reads and changes, one transaction:                     %.3f s%n"
                        + "  ratio file / plain:                                                      %.2fx (goal 2x)%n"
                        + "  a request of %d CHs (HTTP POST, checks, request, items, history):        %.3f s%n"
                        + "  plain JDBC, same reads and inserts, one transaction:                     %.3f s%n"
                        + "  ratio request / plain:                                                   %.2fx%n",
                CHS,
                fileSeconds,
                fileFloor,
                fileSeconds / fileFloor,
                CHS,
                requestSeconds,
                requestFloor,
                requestSeconds / requestFloor);
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-reflash.txt"), report);
    }

    private record Party(String id, List<String> chfs) {}

    /** A party's {@code count} CHs, requested, accepted and received by their CSP: ready for their new firmware. */
    private static Party received(Person operator, int count) throws Exception {
        String partyId = People.supplier("IS");
        List<String> chfs = ReflashFixtures.stock(partyId, REGION, count);
        long id = request(People.of(partyId, "REFLASH"), chfs);
        JsonObject decided = operator.post("api/v1/reflash-requests/" + id + "/decision", "{\"accept\":true}")
                .json();
        long workOrder = decided.getJsonArray("workOrders")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        // The CSP's receipts, one HTTP call per CH in real life, are not what is measured: set in one statement.
        ItDatabase.update("update reflash_item set status = 'RECEIVED' where work_order_id = ?", workOrder);
        return new Party(partyId, chfs);
    }

    private static long request(Person person, List<String> chfs) {
        JsonObject made = person.post("api/v1/reflash-requests", ReflashFixtures.requestBody(chfs))
                .json();
        assertThat(made.getJsonArray("accepted")).hasSize(chfs.size());
        return made.getJsonNumber("id").longValue();
    }

    private static void request(Person person, int count) throws Exception {
        request(person, ReflashFixtures.stock(person.partyId(), REGION, count));
    }

    private static double upload(Person operator, Party party) throws Exception {
        StringBuilder file = new StringBuilder("CHF Device ID,Firmware version\n");
        party.chfs()
                .forEach(chf -> file.append(chf)
                        .append(',')
                        .append(ReflashFixtures.LATEST)
                        .append('\n'));
        long start = System.nanoTime();
        HttpResponse<String> report = HTTP.send(
                HttpRequest.newBuilder(DspServer.resolve("api/v1/firmware-uploads"))
                        .header("Content-Type", "text/csv")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((operator.username() + ":" + People.PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(file.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).doesNotContain("\"refused\":[{");
        return seconds;
    }
}
