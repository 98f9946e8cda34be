package uk.dsp.inventory.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.Percentiles;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * docs/benchmarks.md, issue 23: in one run of {@code DSP_NODES=2 ./run.sh}, the sustained rate of bulk returns (4
 * clients sending 999-CH returns, until every returns record exists) and of CSPM-N3 pallets (2 gateways sending 896
 * new CHs a call over mutual TLS) through the balancer with two nodes, then with one (the other stopped by the
 * console); and the balancer's cost against calling that node directly, for the returns and for single SR 8.2 reads.
 * Requests are signed before the clock starts, as a client would. Run with: mvn verify -Pbenchmark -pl ear
 * -Dit.test=ClusterBenchmark (after mvn install -DskipTests).
 */
class ClusterBenchmark {

    private static final String DATABASE = "dsp_cluster_benchmark";
    private static final int RETURN_CLIENTS = 4;
    private static final int RETURNS_PER_CLIENT = 4;
    private static final int CHS_PER_RETURN = 999;
    private static final int GATEWAYS = 2;
    private static final int PALLETS_PER_GATEWAY = 8;
    private static final int PALLET = 896;
    private static final int READS = 400;

    private LocalCluster cluster;
    private GatewayIdentity gateway;

    @Test
    void oneNodeAgainstTwoAndTheBalancerAgainstNone() throws Exception {
        try (LocalCluster started = LocalCluster.start(
                DATABASE, 500, Path.of("target", "cluster-benchmark").toAbsolutePath())) {
            cluster = started;
            ReturningSupplier csp = ReturningSupplier.register();
            gateway = GatewayIdentity.issued("gateway-" + csp.cspId());
            LocalCluster.registerGateway(csp, gateway);
            URI balancer = cluster.balancer().resolve("api/v1/serviceD");
            URI node1 = cluster.nodeBase("dsp-node-1").resolve("api/v1/serviceD");

            returnsPerSecond(balancer); // warms both nodes up
            n3PerSecond(csp);
            double twoReturns = returnsPerSecond(balancer);
            double twoN3 = n3PerSecond(csp);
            double[] twoReads = readMillis(balancer);

            cluster.stop("dsp-node-2");
            Thread.sleep(3000); // the balancer's health checks find it gone
            double oneReturns = returnsPerSecond(balancer);
            double oneN3 = n3PerSecond(csp);
            double directReturns = returnsPerSecond(node1);
            double[] oneReads = readMillis(balancer);
            double[] directReads = readMillis(node1);

            String report = String.format(
                    Locale.ROOT,
                    "Cluster benchmark: DSP_NODES=2 ./run.sh behind HAProxy, %d cores%n"
                            + "  bulk returns, %d clients x %d of %d CHs, until every record exists:%n"
                            + "    two nodes through the balancer %.0f CHs/s; one node %.0f CHs/s; two / one %.2f%n"
                            + "    one node directly %.0f CHs/s; through the balancer / directly %.2f%n"
                            + "  CSPM-N3, %d gateways x %d pallets of %d new CHs, mutual TLS passed through:%n"
                            + "    two nodes %.0f CHs/s; one node %.0f CHs/s; two / one %.2f%n"
                            + "  SR 8.2 by Device ID, %d one after another: two nodes through the balancer p50 %.2f ms,"
                            + " p95 %.2f ms; one node p50 %.2f ms, p95 %.2f ms; directly p50 %.2f ms, p95 %.2f ms%n",
                    Runtime.getRuntime().availableProcessors(),
                    RETURN_CLIENTS,
                    RETURNS_PER_CLIENT,
                    CHS_PER_RETURN,
                    twoReturns,
                    oneReturns,
                    twoReturns / oneReturns,
                    directReturns,
                    oneReturns / directReturns,
                    GATEWAYS,
                    PALLETS_PER_GATEWAY,
                    PALLET,
                    twoN3,
                    oneN3,
                    twoN3 / oneN3,
                    READS,
                    Percentiles.of(twoReads, 50),
                    Percentiles.of(twoReads, 95),
                    Percentiles.of(oneReads, 50),
                    Percentiles.of(oneReads, 95),
                    Percentiles.of(directReads, 50),
                    Percentiles.of(directReads, 95));
            System.out.print(report);
            Files.writeString(Path.of("target", "benchmark-cluster.txt"), report);
        }
    }

    /** Each client a supplier of its own with its returns signed beforehand; CHs per second until all records exist. */
    private double returnsPerSecond(URI serviceD) throws Exception {
        List<ReturningSupplier> suppliers = new ArrayList<>();
        List<List<byte[]>> requests = new ArrayList<>();
        for (int c = 0; c < RETURN_CLIENTS; c++) {
            ReturningSupplier supplier = ReturningSupplier.register();
            suppliers.add(supplier);
            List<byte[]> own = new ArrayList<>();
            for (int r = 0; r < RETURNS_PER_CLIENT; r++) {
                own.add(supplier.sign(ReturnDocuments.bulkNoFaultReturn(
                                supplier.partyId(), nextCounter(), supplier.deliveredHubs(CHS_PER_RETURN)))
                        .getBytes(StandardCharsets.UTF_8));
            }
            requests.add(own);
        }
        long start = System.nanoTime();
        inParallel(requests.stream()
                .map(own -> (Runnable) () -> own.forEach(request ->
                        assertThat(DuisClient.postTo(serviceD, request).body()).contains("<sr:ResponseCode>I0<")))
                .toList());
        String originators =
                suppliers.stream().map(s -> "'" + s.partyId() + ":%'").collect(Collectors.joining(","));
        long expected = (long) RETURN_CLIENTS * RETURNS_PER_CLIENT * CHS_PER_RETURN;
        while (cluster.count("select count(*) as n from returns_record where request_id like any (array[" + originators
                        + "])")
                < expected) {
            Thread.sleep(20);
        }
        return expected / ((System.nanoTime() - start) / 1e9);
    }

    /** Each gateway a thread of its own calling with pallets made beforehand; CHs per second. */
    private double n3PerSecond(ReturningSupplier csp) throws Exception {
        // registering a supplier sets its region's CSP again, without the gateway's certificate
        LocalCluster.registerGateway(csp, gateway);
        List<Runnable> gateways = new ArrayList<>();
        for (int g = 0; g < GATEWAYS; g++) {
            CspmN3 port = N3Gateway.overTls(gateway.sslContext(), cluster.gatewayEndpoint());
            List<List<CommsHub>> pallets = new ArrayList<>();
            for (int p = 0; p < PALLETS_PER_GATEWAY; p++) {
                List<CommsHub> pallet = new ArrayList<>();
                for (int i = 0; i < PALLET; i++) {
                    pallet.add(N3Gateway.commsHub(ReturningSupplier.REGION, csp.partyId()));
                }
                pallets.add(pallet);
            }
            gateways.add(() -> pallets.forEach(pallet -> {
                try {
                    assertThat(port.preNotifyCommsHubs(N3Gateway.call(pallet)).getAcceptedCount())
                            .isEqualTo(PALLET);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        long start = System.nanoTime();
        inParallel(gateways);
        return (double) GATEWAYS * PALLETS_PER_GATEWAY * PALLET / ((System.nanoTime() - start) / 1e9);
    }

    /** Milliseconds of single SR 8.2 reads, signed beforehand, sorted. */
    private static double[] readMillis(URI serviceD) {
        ReturningSupplier supplier = ReturningSupplier.register();
        String device = supplier.deliveredHubs(1).get(0).chf();
        List<byte[]> reads = new ArrayList<>();
        for (int i = 0; i < READS + 50; i++) {
            reads.add(supplier.sign(SmiDocuments.readByDeviceId(supplier.partyId(), device))
                    .getBytes(StandardCharsets.UTF_8));
        }
        double[] millis = new double[READS];
        for (int i = 0; i < reads.size(); i++) {
            long start = System.nanoTime();
            assertThat(DuisClient.postTo(serviceD, reads.get(i)).body()).contains("<sr:ResponseCode>I0<");
            if (i >= 50) { // the first 50 warm the connection and the path up
                millis[i - 50] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(millis);
        return millis;
    }

    private static void inParallel(List<Runnable> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = clients.stream().map(pool::submit).collect(Collectors.toList());
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
