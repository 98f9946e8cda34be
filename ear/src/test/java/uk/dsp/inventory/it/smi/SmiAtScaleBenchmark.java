package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.Percentiles;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ReflashFixtures;
import uk.dsp.inventory.it.support.ServerHeap;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * docs/smi-scale.md: requests through the server (DUIS with its signatures, CSPM-N3 over SOAP, the JSON API), on a
 * load of scripts/smi-generate.sh kept as it is, not on the tests' empty database. Run once per load:
 * mvn verify -Pbenchmark -pl ear -Dit.test=SmiAtScaleBenchmark -Dit.database=dsp_scale_5000000 -Dit.keep-database=true
 * and again with dsp_scale_50000000; each run writes target/benchmark-smi-at-scale-(database).txt.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class SmiAtScaleBenchmark {

    private static final String BIG = "90-B3-D5-1F-30-01-00-00"; // the generator's Supplier 01
    private static final String REGION = "Central";
    private static final int WARM = 30;
    private static final int TIMED = 300;
    private static final int PALLETS = 12;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void requestsThroughTheServerOnALoadedSmi() throws Exception {
        List<Map<String, Object>> load = ItDatabase.rows(
                "select devices from scale_load where loaded_at is not null order by loaded_at desc limit 1");
        assertThat(load)
                .as("a database loaded by scripts/smi-generate.sh (-Dit.database=... -Dit.keep-database=true)")
                .hasSize(1);
        long devices = (Long) load.get(0).get("devices");
        String sample = String.format(Locale.ROOT, "%.4f", Math.min(100.0, 100.0 * 20_000 / devices));
        List<String> meters = new ArrayList<>();
        List<String> mpxns = new ArrayList<>();
        for (Map<String, Object> row : ItDatabase.rows("select device_id, import_mpxn from device tablesample system ("
                + sample + ") where device_type in ('ESME', 'GSME') and import_mpxn is not null limit 2000")) {
            meters.add(Eui64s.format((Long) row.get("device_id")));
            mpxns.add((String) row.get("import_mpxn"));
        }
        ReturningSupplier reader = ReturningSupplier.register();
        Person logistics = People.of(People.DSP_PARTY, "LOGISTICS");
        CspmN3 gateway = ReflashFixtures.gateway(REGION);
        String lastMonth =
                YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1).toString();

        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "SMI at scale through the server: %s, %,d devices (p50 / p95 ms, %d timed after %d)%n",
                System.getProperty("dsp.it.database"),
                devices,
                TIMED,
                WARM));
        int[] next = {0};
        report.append(line("SR 8.2 by Device ID over DUIS", TIMED, () -> {
            String reply = DuisClient.post(
                            reader.sign(SmiDocuments.readByDeviceId(reader.partyId(), pick(meters, next))))
                    .body();
            assertThat(reply).contains("<sr:ResponseCode>I0<");
        }));
        report.append(line("SR 8.2 by MPxN over DUIS", TIMED, () -> {
            String reply = DuisClient.post(reader.sign(SmiDocuments.readByMpxn(reader.partyId(), pick(mpxns, next))))
                    .body();
            assertThat(DuisClient.responseCode(reply)).isNotBlank();
        }));
        report.append(line("CSPM-N3, a pallet of 896 new CHs over SOAP", PALLETS, () -> {
            List<CommsHub> pallet = new ArrayList<>();
            for (int i = 0; i < 896; i++) {
                pallet.add(N3Gateway.commsHub(REGION, BIG));
            }
            assertThat(gateway.preNotifyCommsHubs(N3Gateway.call(pallet)).getOutcome())
                    .allMatch(o -> o.getReasonCode() == ReasonCode.CREATED);
        }));
        report.append(line(
                "Stock view of Supplier 01: its summary (JSON)",
                TIMED,
                () -> assertThat(logistics.get("api/v1/ch-stock?partyId=" + BIG).status())
                        .isEqualTo(200)));
        report.append(line(
                "Stock view of Supplier 01: first page of 1,000 CHs (JSON)",
                TIMED / 3,
                () -> assertThat(logistics
                                .get("api/v1/ch-stock/hubs?limit=1000&partyId=" + BIG)
                                .status())
                        .isEqualTo(200)));
        report.append(line(
                "Month-end counts of last month, as kept (JSON)",
                TIMED,
                () -> assertThat(logistics
                                .get("api/v1/ch-stock/month-end/" + lastMonth)
                                .status())
                        .isEqualTo(200)));
        report.append(returnsCsv());
        System.out.print(report);
        Files.writeString(
                Path.of("target", "benchmark-smi-at-scale-" + System.getProperty("dsp.it.database") + ".txt"), report);
    }

    /** Supplier 01's returns records (1,000,000 at 50M) as CSV, streamed: its time and the server's heap meanwhile. */
    private static String returnsCsv() throws Exception {
        Person tracker = People.of(BIG, "RETURNS");
        PageSession session = new PageSession();
        session.signIn(tracker.username(), People.PASSWORD);
        long start = System.nanoTime();
        HttpResponse<String> csv;
        LongSummaryStatistics heap;
        try (ServerHeap sampled = new ServerHeap()) {
            csv = session.get("ssi/returns.csv");
            heap = sampled.statistics();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(csv.statusCode()).isEqualTo(200);
        long rows = csv.body().lines().count() - 1;
        return String.format(
                Locale.ROOT,
                "  CSV of Supplier 01's returns records: %,d rows, %.0f MB in %.1f s;"
                        + " server heap meanwhile %d to %d MiB (%d samples)%n",
                rows,
                csv.body().length() / 1e6,
                seconds,
                heap.getMin() >> 20,
                heap.getMax() >> 20,
                heap.getCount());
    }

    private static String line(String request, int timed, Call call) throws Exception {
        for (int i = 0; i < Math.min(WARM, timed); i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return String.format(
                Locale.ROOT,
                "  %-58s %8.1f / %8.1f%n",
                request,
                Percentiles.of(millis, 50),
                Percentiles.of(millis, 95));
    }

    private static String pick(List<String> values, int[] next) {
        return values.get(next[0]++ % values.size());
    }

    /** One request, as its client sends it. */
    private interface Call {
        void run() throws Exception;
    }
}
