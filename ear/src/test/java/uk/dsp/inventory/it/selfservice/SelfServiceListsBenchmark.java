package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.Percentiles;
import uk.dsp.inventory.it.support.PreparedServer;

/**
 * docs/benchmarks.md: a party holding 1,000,000 returns records and 100,000 incidents (beside other parties'). Its
 * returns list and its incidents list, walked page by page to a depth of 200 pages, as the SSI page (signed in,
 * HTML), as the JSON API (HTTP Basic), and as the plain SQL query of the same page over JDBC, interleaved in one
 * run, after five walks to warm the server up; p50 and p95 per page of each, and their ratios.
 * Run with: mvn verify -Pbenchmark -pl ear -Dit.test=SelfServiceListsBenchmark (after mvn install -DskipTests).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class SelfServiceListsBenchmark {

    private static final int RETURNS = Integer.getInteger("benchmark.returns", 1_000_000);
    private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", 100_000);
    private static final int DEPTH = Integer.getInteger("benchmark.pages", 200);
    /** Walks before the counted one: the server's JIT compiles a path after thousands of calls, not hundreds. */
    private static final int WARM_UP_WALKS = Integer.getInteger("benchmark.warm-up-walks", 5);

    private static final int RETURNS_PAGE = 50;
    private static final int INCIDENTS_PAGE = 25;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void listsAgainstPlainSql() throws Exception {
        String party = People.supplier("IS", "GS");
        String other = People.supplier("IS", "GS");
        Person person = People.of(party, "INCIDENTS", "RETURNS");
        long started = System.nanoTime();
        fill(party, other);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        PageSession session = new PageSession();
        assertThat(session.signIn(person.username(), People.PASSWORD).statusCode())
                .isEqualTo(302);

        List<Long> returnKeys = keys(
                "select record_id from returns_record where returning_party_id = ? order by record_id desc",
                party,
                1,
                RETURNS_PAGE);
        List<Long> incidentKeys = keys(
                "select incident_id from incident where raised_by_party_id = ? or assignee_party_id = ?"
                        + " order by incident_id desc",
                party,
                2,
                INCIDENTS_PAGE);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "party with %,d returns records and %,d incidents (filled in %.0f s); %d pages deep, p50/p95 ms%n",
                RETURNS,
                INCIDENTS,
                fillSeconds,
                DEPTH));
        try (Connection sql = ItDatabase.connect();
                PreparedStatement returnsPage = sql.prepareStatement(
                        "select record_id, request_id, device_id, service_reference_variant, return_type,"
                                + " fault_reason, status, opened_at, due_on from returns_record"
                                + " where returning_party_id = ? and record_id < ? order by record_id desc limit "
                                + RETURNS_PAGE);
                PreparedStatement incidentsPage = sql.prepareStatement("(select * from incident"
                        + " where raised_by_party_id = ? and incident_id < ? order by incident_id desc limit "
                        + INCIDENTS_PAGE + ") union all (select * from incident where assignee_party_id = ?"
                        + " and incident_id < ? order by incident_id desc limit " + INCIDENTS_PAGE
                        + ") order by incident_id desc limit " + INCIDENTS_PAGE)) {
            report.append(compare(
                    "returns list (50 a page)",
                    returnKeys,
                    key -> page(session, "ssi/returns.xhtml" + (key == Long.MAX_VALUE ? "" : "?before=" + key)),
                    key -> api(
                            person,
                            "api/v1/returns?limit=" + RETURNS_PAGE + (key == Long.MAX_VALUE ? "" : "&before=" + key)),
                    key -> query(returnsPage, party, key, null)));
            report.append(compare(
                    "incidents list (25 a page)",
                    incidentKeys,
                    key -> page(session, "ssi/index.xhtml" + (key == Long.MAX_VALUE ? "" : "?before=" + key)),
                    key -> api(
                            person,
                            "api/v1/incidents?limit=" + INCIDENTS_PAGE
                                    + (key == Long.MAX_VALUE ? "" : "&before=" + key)),
                    key -> query(incidentsPage, party, key, party)));
        }
        report.append(layoutAndQuery(session));
        List<Double> floor = floor();
        report.append(String.format(
                Locale.ROOT,
                "HTTP floor (GET /dsp/api/v1/dsp-certificate, no sign-in, no query): %.1f/%.1f%n",
                Percentiles.of(floor, 50),
                Percentiles.of(floor, 95)));
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-selfservice-lists.txt"), report);
    }

    /** Walks the pages, each page read three ways in turn; only the walk after the warm-up walks is counted. */
    private static String compare(
            String what,
            List<Long> keys,
            LongFunction<Integer> page,
            LongFunction<Integer> api,
            LongFunction<Integer> sql) {
        List<Double> pageTimes = new ArrayList<>();
        List<Double> apiTimes = new ArrayList<>();
        List<Double> sqlTimes = new ArrayList<>();
        List<Double> firstPages = new ArrayList<>();
        List<Double> deepPages = new ArrayList<>();
        for (int walk = 0; walk <= WARM_UP_WALKS; walk++) {
            for (int i = 0; i < keys.size(); i++) {
                long key = keys.get(i);
                double pageMillis = timed(() -> page.apply(key));
                double apiMillis = timed(() -> api.apply(key));
                double sqlMillis = timed(() -> sql.apply(key));
                if (walk == WARM_UP_WALKS) {
                    pageTimes.add(pageMillis);
                    apiTimes.add(apiMillis);
                    sqlTimes.add(sqlMillis);
                    (i < 10 ? firstPages : i >= keys.size() - 10 ? deepPages : new ArrayList<Double>()).add(pageMillis);
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "%s: page %.1f/%.1f, JSON API %.1f/%.1f, plain SQL %.2f/%.2f; page/SQL %.1fx/%.1fx, API/SQL"
                        + " %.1fx/%.1fx; page p50 on pages 1-10 %.1f, on the 10 deepest %.1f%n",
                what,
                Percentiles.of(pageTimes, 50),
                Percentiles.of(pageTimes, 95),
                Percentiles.of(apiTimes, 50),
                Percentiles.of(apiTimes, 95),
                Percentiles.of(sqlTimes, 50),
                Percentiles.of(sqlTimes, 95),
                Percentiles.of(pageTimes, 50) / Percentiles.of(sqlTimes, 50),
                Percentiles.of(pageTimes, 95) / Percentiles.of(sqlTimes, 95),
                Percentiles.of(apiTimes, 50) / Percentiles.of(sqlTimes, 50),
                Percentiles.of(apiTimes, 95) / Percentiles.of(sqlTimes, 95),
                Percentiles.of(firstPages, 50),
                Percentiles.of(deepPages, 50));
    }

    /**
     * Where a page's time goes: the layout alone (a page with nothing but the template), the returns page with a filter
     * that finds no row (the layout, the query and its empty result), and the page of 50 rows; the differences are the
     * query's share and the rows' share.
     */
    private static String layoutAndQuery(PageSession session) {
        StringBuilder parts = new StringBuilder("where a returns page's time goes, p50/p95 ms:");
        for (String path : List.of("ssi/home.xhtml", "ssi/returns.xhtml?deviceId=1", "ssi/returns.xhtml")) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < (WARM_UP_WALKS + 1) * DEPTH; i++) {
                times.add(timed(() -> page(session, path) + 1));
            }
            List<Double> counted = times.subList(WARM_UP_WALKS * DEPTH, times.size());
            parts.append(String.format(
                    Locale.ROOT, " %s %.2f/%.2f;", path, Percentiles.of(counted, 50), Percentiles.of(counted, 95)));
        }
        return parts.append(System.lineSeparator()).toString();
    }

    /** The cost of any HTTP exchange with the server here: a small answer, no sign-in, no database. */
    private static List<Double> floor() {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10 * DEPTH; i++) {
            times.add(timed(() -> People.send("GET", "api/v1/dsp-certificate", null, null, null)
                    .body()
                    .length()));
        }
        return times.subList(9 * DEPTH, 10 * DEPTH);
    }

    private static double timed(java.util.function.Supplier<Integer> read) {
        long start = System.nanoTime();
        int rows = read.get();
        double millis = (System.nanoTime() - start) / 1e6;
        assertThat(rows).isPositive();
        return millis;
    }

    private static int page(PageSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().split("<tr>", -1).length - 1;
    }

    private static int api(Person person, String path) {
        var reply = person.get(path);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().split("\"deviceId\"", -1).length - 1;
    }

    private static int query(PreparedStatement statement, String party, long key, String secondParty) {
        try {
            statement.setString(1, party);
            statement.setLong(2, key);
            if (secondParty != null) {
                statement.setString(3, secondParty);
                statement.setLong(4, key);
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        result.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first key of each of the first {@link #DEPTH} pages: none for the first page, then the last row's ID. */
    private static List<Long> keys(String sql, String party, int partyParameters, int pageSize) throws SQLException {
        List<Long> keys = new ArrayList<>();
        keys.add(Long.MAX_VALUE);
        try (Connection connection = ItDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql + " limit " + pageSize * DEPTH)) {
            for (int parameter = 1; parameter <= partyParameters; parameter++) {
                statement.setString(parameter, party);
            }
            try (ResultSet ids = statement.executeQuery()) {
                for (int row = 1; ids.next() && keys.size() < DEPTH; row++) {
                    if (row % pageSize == 0) {
                        keys.add(ids.getLong(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The party's rows and as many again of another party's (returns) and one in ten assigned to it (incidents). */
    private static void fill(String party, String other) {
        long devices = (1L << 52) + ThreadLocalRandom.current().nextLong(1L << 40);
        for (String owner : List.of(party, other)) {
            ItDatabase.update(
                    "insert into returns_record (request_id, device_id, returning_party_id, service_reference_variant,"
                            + " return_type, status, opened_at, due_on) select ? || ':bench:' || (g / 999), ? + g, ?,"
                            + " '8.14.4', 'No Fault Return', case when g % 7 = 0 then 'RECEIVED' else 'OPEN' end,"
                            + " now() - make_interval(secs => g), current_date + 90 from generate_series(1, ?) g",
                    owner, devices, owner, RETURNS);
        }
        ItDatabase.update(
                "insert into incident (device_id, raised_by_party_id, raised_by_user, assignee_party_id, status,"
                        + " raised_at, due_on) select ? + g, case when g % 10 = 0 then ? else ? end, 'benchmark',"
                        + " case when g % 10 = 0 then ? else ? end, case when g % 10 = 1 then 'OPEN' else 'CLOSED'"
                        + " end, now(), current_date + 7 from generate_series(1, ?) g",
                devices, other, party, party, other, INCIDENTS);
        ItDatabase.update("analyze returns_record");
        ItDatabase.update("analyze incident");
    }
}
