package uk.dsp.inventory.it.returns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;

/**
 * The floor for a bulk return's database work, in plain JDBC: per request of 999 CHs, one transaction that sets
 * the CHFs and GPFs Returned, writes one audit row per CH and one for the request, and one message row (the
 * outbox's shape, in a table of its own so that nothing relays it). Threads take the requests in turn.
 */
final class PlainReturnsFloor {

    private PlainReturnsFloor() {}

    static double chsPerSecond(List<List<Hub>> requests, int threads) throws Exception {
        ItDatabase.update("create table if not exists bench_outbox (id bigserial primary key, destination varchar(60),"
                + " body text, created_at timestamptz)");
        long chs = requests.stream().mapToLong(List::size).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (List<Hub> request : requests) {
                done.add(pool.submit(() -> {
                    returnHubs(request);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return chs / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void returnHubs(List<Hub> hubs) throws SQLException {
        try (Connection connection = ItDatabase.connect()) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now();
            try (PreparedStatement devices =
                            connection.prepareStatement("update device set logistics_status = 'RETURNED',"
                                    + " updated_at = ?, version = version + 1 where device_id = any(?)");
                    PreparedStatement audit = connection.prepareStatement("insert into sat_entry (entry_id, request_id,"
                            + " originator_id, service_reference_variant, entry_kind, device_id, response_code, detail,"
                            + " recorded_at) values (?, 'bench', 'bench', '8.14.3', ?, ?, 'I0', ?, ?)");
                    PreparedStatement outbox = connection.prepareStatement(
                            "insert into bench_outbox (destination, body, created_at) values ('DspReturnsRecords', ?, ?)")) {
                Long[] ids = new Long[hubs.size() * 2];
                int i = 0;
                for (Hub hub : hubs) {
                    ids[i++] = id(hub.chf());
                    ids[i++] = id(hub.gpf());
                }
                devices.setObject(1, now);
                devices.setArray(2, connection.createArrayOf("bigint", ids));
                devices.executeUpdate();
                long entry = firstEntryId(connection);
                for (Hub hub : hubs) {
                    auditRow(audit, entry++, "DEVICE", id(hub.chf()), "Fault identified prior to installation", now);
                }
                auditRow(audit, entry, "REQUEST", null, "bulk, " + hubs.size() + " CHs", now);
                audit.executeBatch();
                outbox.setString(1, "{\"lines\":\"" + "x".repeat(hubs.size() * 200) + "\"}");
                outbox.setObject(2, now);
                outbox.executeUpdate();
            }
            connection.commit();
        }
    }

    /**
     * Entry IDs come in blocks of 1,000, as the service takes them: the sequence's value is a block's last ID
     * (EclipseLink's preallocation). Taking it as the first wrote into the next block, which a server started later on
     * the same database then took again.
     */
    private static long firstEntryId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select nextval('sat_entry_seq')");
                ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1) - 999;
        }
    }

    private static void auditRow(
            PreparedStatement audit, long entryId, String kind, Long device, String detail, OffsetDateTime now)
            throws SQLException {
        audit.setLong(1, entryId);
        audit.setString(2, kind);
        audit.setObject(3, device);
        audit.setString(4, detail);
        audit.setObject(5, now);
        audit.addBatch();
    }

    private static long id(String eui64) {
        return Long.parseUnsignedLong(eui64.replace("-", ""), 16);
    }
}
