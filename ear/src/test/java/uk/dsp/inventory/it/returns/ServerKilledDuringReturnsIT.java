package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.KillableServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The server is killed (SIGKILL) while a Service User sends bulk returns, then started again. Every return
 * it answered I0 is Returned with exactly one returns record; the request it was killed in is either wholly
 * applied or not at all; nothing is opened twice and no transaction is left in doubt.
 */
class ServerKilledDuringReturnsIT {

    private static final String DATABASE = "dsp_killed";
    private static final int REQUESTS = 40;
    private static final int HUBS_PER_REQUEST = 25;
    private static final int ANSWERED_BEFORE_KILL = 8;

    private static KillableServer server;
    private static java.time.OffsetDateTime killedAt;

    @BeforeAll
    static void startServer() throws Exception {
        server = KillableServer.startFresh(DATABASE);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void loseNothingAcceptedAndOpenNothingTwice() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        List<Hub> hubs = supplier.deliveredHubs(REQUESTS * HUBS_PER_REQUEST);
        List<Sent> requests = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            long counter = nextCounter();
            List<Hub> own = hubs.subList(r * HUBS_PER_REQUEST, (r + 1) * HUBS_PER_REQUEST);
            requests.add(new Sent(
                    supplier.requestId(counter),
                    own,
                    supplier.sign(ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), counter, own))));
        }
        List<String> answered = new CopyOnWriteArrayList<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        Thread client = new Thread(() -> {
            for (Sent request : requests) {
                try {
                    if (DuisClient.post(request.xml()).body().contains("<sr:ResponseCode>I0<")) {
                        answered.add(request.requestId());
                    }
                } catch (IllegalStateException killed) {
                    unanswered.add(request.requestId());
                    return;
                }
            }
        });
        client.start();
        while (answered.size() < ANSWERED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        server.kill();
        client.join();
        System.out.printf(
                "killed after %d answered requests; in flight at the kill: %s; prepared, in doubt: %s%n",
                answered.size(),
                unanswered,
                rows("select gid from pg_prepared_xacts where database = ?", DATABASE)
                        .size());
        killedAt = java.time.OffsetDateTime.now();
        server.start();
        long restarted = System.nanoTime();

        for (Sent request : requests) {
            if (answered.contains(request.requestId())) {
                awaitRecords(request, HUBS_PER_REQUEST);
                awaitNoticeSentOnce(request);
                assertThat(statuses(request)).as(request.requestId()).containsOnly("RETURNED");
            } else if (unanswered.contains(request.requestId())) {
                assertAllOrNothing(request);
            } else {
                assertThat(statuses(request))
                        .as("never sent: " + request.requestId())
                        .containsOnly("DELIVERED");
            }
        }
        assertThat(rows("select device_id from returns_record group by device_id having count(*) > 1"))
                .isEmpty();
        awaitNoTransactionInDoubt();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!rows("select message_id from outbox_message").isEmpty() && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(rows("select message_id from outbox_message"))
                .as("the outbox, drained")
                .isEmpty();
        System.out.printf("consistent %.0f s after the restart%n", (System.nanoTime() - restarted) / 1e9);
    }

    /** The request in flight at the kill: all of its CHs returned, audited and recorded, or none. */
    private static void assertAllOrNothing(Sent request) {
        awaitNoTransactionInDoubt();
        List<Object> statuses = statuses(request);
        long audit = (Long) rows("select count(*) as n from sat_entry where request_id = ?", request.requestId())
                .get(0)
                .get("n");
        if (statuses.contains("RETURNED")) {
            assertThat(statuses).containsOnly("RETURNED");
            assertThat(audit).isEqualTo(HUBS_PER_REQUEST + 1);
            awaitRecords(request, HUBS_PER_REQUEST);
        } else {
            assertThat(statuses).containsOnly("DELIVERED");
            assertThat(audit).isZero();
            assertThat(records(request)).isZero();
        }
    }

    /** The request's CSP notice: recorded once, and mailed (a relay's second send mails nobody twice). */
    private static void awaitNoticeSentOnce(Sent request) {
        String sql = "select status from csp_return_notification where request_id = ?";
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!rows(sql, request.requestId()).stream()
                        .map(r -> r.get("status"))
                        .toList()
                        .equals(List.of("SENT"))
                && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(rows(sql, request.requestId()))
                .as("the CSP notice of " + request.requestId())
                .extracting(r -> r.get("status"))
                .containsExactly("SENT");
    }

    private static void awaitRecords(Sent request, int expected) {
        long deadline =
                System.nanoTime() + 600_000_000_000L; // XA recovery of an in-doubt transaction takes a few passes
        while (records(request) < expected && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(records(request))
                .as("returns records of " + request.requestId())
                .isEqualTo(expected);
    }

    /** Prepared before the kill and still there: in doubt. (The restarted server's own two-phase commits pass through.) */
    private static void awaitNoTransactionInDoubt() {
        String inDoubt = "select gid from pg_prepared_xacts where database = ? and prepared < ?";
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!rows(inDoubt, DATABASE, killedAt).isEmpty() && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(rows(inDoubt, DATABASE, killedAt))
                .as("transactions in doubt")
                .isEmpty();
    }

    private static long records(Sent request) {
        return (Long) rows("select count(*) as n from returns_record where request_id = ?", request.requestId())
                .get(0)
                .get("n");
    }

    private static List<Object> statuses(Sent request) {
        Long[] ids = request.hubs().stream()
                .flatMap(h -> java.util.stream.Stream.of(h.chf(), h.gpf()))
                .map(Eui64s::value)
                .toArray(Long[]::new);
        return rows("select logistics_status from device where device_id = any (?)", (Object) ids).stream()
                .map(row -> row.get("logistics_status"))
                .collect(Collectors.toList());
    }

    private static List<Map<String, Object>> rows(String sql, Object... parameters) {
        return ItDatabase.rowsIn(DATABASE, sql, parameters);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Sent(String requestId, List<Hub> hubs, String xml) {}
}
