package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.returns.BulkCommsHubReturnsIT.returnsRecords;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Percentiles;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * docs/benchmarks.md: 999 CHs returned with one bulk SR 8.14.3 against the same 999 returned with 999
 * single-device requests, in one run; the time until all 999 returns records exist; and the latency of
 * 999-CH requests from 4 concurrent clients. Signing happens before the clock starts, as a client would.
 * Run with: mvn verify -Pbenchmark -pl ear (after mvn install -DskipTests).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class BulkReturnsBenchmark {

    private static final int HUBS = 999;
    private static final int CONCURRENT_CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 5;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void bulkAgainstSingleRequests() throws Exception {
        warmUp();
        ReturningSupplier singles = ReturningSupplier.register();
        List<String> singleRequests = new ArrayList<>();
        for (Hub hub : singles.deliveredHubs(HUBS)) {
            singleRequests.add(singles.sign(ReturnDocuments.faultReturn(
                    singles.partyId(), nextCounter(), hub, "Fault identified prior to installation")));
        }
        ReturningSupplier bulk = ReturningSupplier.register();
        List<Hub> bulkHubs = bulk.deliveredHubs(HUBS);
        long counter = nextCounter();
        String bulkRequest = bulk.sign(ReturnDocuments.bulkFaultReturn(bulk.partyId(), counter, bulkHubs));

        double[] singleMillis = new double[singleRequests.size()];
        long singleStart = System.nanoTime();
        for (int i = 0; i < singleRequests.size(); i++) {
            long start = System.nanoTime();
            assertThat(DuisClient.post(singleRequests.get(i)).body()).contains("<sr:ResponseCode>I0<");
            singleMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        double singleSeconds = (System.nanoTime() - singleStart) / 1e9;
        Arrays.sort(singleMillis);

        long bulkStart = System.nanoTime();
        assertThat(DuisClient.post(bulkRequest).body()).contains("<sr:ResponseCode>I0<");
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
        String requestId = bulk.requestId(counter);
        while (returnsRecords(requestId).size() < HUBS) {
            Thread.sleep(5);
        }
        double recordsSeconds = (System.nanoTime() - bulkStart) / 1e9;

        List<List<Hub>> concurrentHubs = new ArrayList<>();
        double[] latencies = concurrentBulkLatencies(concurrentHubs);
        double serviceRate = CONCURRENT_CLIENTS * REQUESTS_PER_CLIENT * HUBS / concurrentSeconds;
        double plainRate = PlainReturnsFloor.chsPerSecond(concurrentHubs, CONCURRENT_CLIENTS);
        String report = String.format(
                Locale.ROOT,
                "Bulk CH returns benchmark: %d CHs, SR 8.14.3, signed requests over HTTP%n"
                        + "  %d single-device requests, one after another:  %.2f s (p50 %.1f ms, p95 %.1f ms)%n"
                        + "  one bulk request of %d:                        %.3f s%n"
                        + "  ratio single / bulk:                            %.0fx%n"
                        + "  bulk request until all %d returns records exist: %.3f s%n"
                        + "  %d clients x %d bulk requests of %d: p50 %.0f ms, p95 %.0f ms%n"
                        + "  sustained, those %d clients: %.0f CHs/s; plain JDBC, same row changes, %d threads: %.0f CHs/s;"
                        + " ratio %.1f%%%n",
                HUBS,
                HUBS,
                singleSeconds,
                percentile(singleMillis, 50),
                percentile(singleMillis, 95),
                HUBS,
                bulkSeconds,
                singleSeconds / bulkSeconds,
                HUBS,
                recordsSeconds,
                CONCURRENT_CLIENTS,
                REQUESTS_PER_CLIENT,
                HUBS,
                percentile(latencies, 50),
                percentile(latencies, 95),
                CONCURRENT_CLIENTS,
                serviceRate,
                CONCURRENT_CLIENTS,
                plainRate,
                100 * serviceRate / plainRate);
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-returns.txt"), report);
    }

    private static double concurrentSeconds;

    /**
     * Each client its own supplier and hubs, signed beforehand; the milliseconds of each request. The hubs of each
     * request go to {@code hubs}, for the plain JDBC floor to change the same rows.
     */
    private static double[] concurrentBulkLatencies(List<List<Hub>> hubs) throws Exception {
        List<List<String>> requests = new ArrayList<>();
        for (int c = 0; c < CONCURRENT_CLIENTS; c++) {
            ReturningSupplier supplier = ReturningSupplier.register();
            List<String> own = new ArrayList<>();
            for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                List<Hub> requestHubs = supplier.deliveredHubs(HUBS);
                hubs.add(requestHubs);
                own.add(supplier.sign(ReturnDocuments.bulkFaultReturn(supplier.partyId(), nextCounter(), requestHubs)));
            }
            requests.add(own);
        }
        long allStart = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (List<String> own : requests) {
                futures.add(clients.submit(() -> {
                    List<Double> millis = new ArrayList<>();
                    for (String request : own) {
                        long start = System.nanoTime();
                        assertThat(DuisClient.post(request).body()).contains("<sr:ResponseCode>I0<");
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    return millis;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            concurrentSeconds = (System.nanoTime() - allStart) / 1e9;
            return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        } finally {
            clients.shutdown();
        }
    }

    private static void warmUp() {
        ReturningSupplier supplier = ReturningSupplier.register();
        for (int i = 0; i < 3; i++) {
            DuisClient.post(supplier.sign(
                    ReturnDocuments.bulkFaultReturn(supplier.partyId(), nextCounter(), supplier.deliveredHubs(HUBS))));
        }
        for (Hub hub : supplier.deliveredHubs(200)) {
            DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));
        }
    }

    private static double percentile(double[] sorted, int percent) {
        return Percentiles.of(sorted, percent);
    }
}
