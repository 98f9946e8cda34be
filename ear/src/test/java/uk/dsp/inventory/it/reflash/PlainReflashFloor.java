package uk.dsp.inventory.it.reflash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;

/**
 * The floors of docs/benchmarks.md's re-flash figures, in plain JDBC on the same database, each in one transaction:
 * what the service's own work comes to without the service. Reads included, since the service must check before it
 * writes.
 */
final class PlainReflashFloor {

    private PlainReflashFloor() {}

    /**
     * A file's work: read the CHs and their open work order items; set the new firmware on CHF and GPF, record it on
     * the item, which is now REFLASHED; charge it; and two history rows.
     */
    static double fileSeconds(String partyId, List<String> chfs, String version) throws SQLException {
        try (Connection connection = ItDatabase.connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now();
            Long[] chfIds = chfs.stream().map(Eui64s::value).toArray(Long[]::new);
            Long[] both = chfs.stream()
                    .flatMap(c -> java.util.stream.Stream.of(Eui64s.value(c), Eui64s.value(c) + 1))
                    .toArray(Long[]::new);
            count(
                    connection,
                    "select device_id, firmware_version, smi_status from device where device_id = any(?)"
                            + " for update",
                    both);
            long[][] items = new long[chfs.size()][];
            int n = 0;
            try (PreparedStatement read = connection.prepareStatement("select i.item_id, i.request_id, i.device_id"
                    + " from reflash_item i join work_order w on w.work_order_id = i.work_order_id"
                    + " where i.device_id = any(?) and i.status in ('RECEIVED', 'REFLASHED') and w.status = 'OPEN'"
                    + " for update of i")) {
                read.setArray(1, connection.createArrayOf("bigint", chfIds));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        items[n++] = new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
                    }
                }
            }
            try (PreparedStatement device = connection.prepareStatement("update device set firmware_version = ?,"
                            + " updated_at = ?, version = version + 1 where device_id = ?");
                    PreparedStatement item = connection.prepareStatement("update reflash_item set status = 'REFLASHED',"
                            + " firmware_after = ?, firmware_source = 'UPLOAD', updated_at = ?, updated_by = 'floor',"
                            + " version = version + 1 where item_id = ?");
                    PreparedStatement charge = connection.prepareStatement("insert into reflash_charge (request_id,"
                            + " device_id, party_id, month, amount, charged_at) values (?, ?, ?, ?, 7.60, ?)"
                            + " on conflict do nothing");
                    PreparedStatement event = connection.prepareStatement("insert into reflash_event (request_id,"
                            + " work_order_id, device_id, at, username, party_id, step, text) values"
                            + " (?, null, ?, ?, 'floor', 'floor', ?, ?)")) {
                for (Long id : both) {
                    device.setString(1, version);
                    device.setObject(2, now);
                    device.setLong(3, id);
                    device.addBatch();
                }
                device.executeBatch();
                for (int i = 0; i < n; i++) {
                    item.setString(1, version);
                    item.setObject(2, now);
                    item.setLong(3, items[i][0]);
                    item.addBatch();
                    charge.setLong(1, items[i][1]);
                    charge.setLong(2, items[i][2]);
                    charge.setString(3, partyId);
                    charge.setObject(4, LocalDate.now().withDayOfMonth(1));
                    charge.setObject(5, now);
                    charge.addBatch();
                    for (String step : new String[] {"FIRMWARE_RECORDED", "REFLASHED"}) {
                        event.setLong(1, items[i][1]);
                        event.setLong(2, items[i][2]);
                        event.setObject(3, now);
                        event.setString(4, step);
                        event.setString(5, version);
                        event.addBatch();
                    }
                }
                item.executeBatch();
                charge.executeBatch();
                event.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /**
     * A request's work: read the CHs and any open re-flash of them, count the party's month, write the request, one
     * item per CH and one history row.
     */
    static double requestSeconds(String partyId, List<String> chfs) throws SQLException {
        try (Connection connection = ItDatabase.connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now();
            Long[] ids = chfs.stream().map(Eui64s::value).toArray(Long[]::new);
            count(connection, "select * from device where device_id = any(?) for update", ids);
            count(
                    connection,
                    "select device_id from reflash_item where device_id = any(?) and status in"
                            + " ('REQUESTED', 'AUTHORISED', 'RECEIVED', 'REFLASHED', 'DISPATCHED')",
                    ids);
            long requestId;
            try (PreparedStatement request = connection.prepareStatement("insert into reflash_request (party_id,"
                    + " status, address, contact_name, contact_phone, wanted_on, requested_at, requested_by) values"
                    + " (?, 'REQUESTED', 'floor', 'floor', '0113 496 0000', ?, ?, 'floor') returning request_id")) {
                request.setString(1, partyId);
                request.setObject(2, LocalDate.now().plusWeeks(4));
                request.setObject(3, now);
                try (ResultSet key = request.executeQuery()) {
                    key.next();
                    requestId = key.getLong(1);
                }
            }
            try (PreparedStatement item = connection.prepareStatement("insert into reflash_item (request_id, device_id,"
                            + " status, csp_region, model, firmware_before, updated_at, updated_by) values"
                            + " (?, ?, 'REQUESTED', 'CENTRAL', 'floor', '1.4.2', ?, 'floor')");
                    PreparedStatement event = connection.prepareStatement("insert into reflash_event (request_id, at,"
                            + " username, party_id, step) values (?, ?, 'floor', ?, 'REQUESTED')")) {
                for (Long id : ids) {
                    item.setLong(1, requestId);
                    item.setLong(2, id);
                    item.setObject(3, now);
                    item.addBatch();
                }
                item.executeBatch();
                event.setLong(1, requestId);
                event.setObject(2, now);
                event.setString(3, partyId);
                event.executeUpdate();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void count(Connection connection, String sql, Long[] ids) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            read.setArray(1, connection.createArrayOf("bigint", ids));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }
}
