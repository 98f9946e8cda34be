package uk.dsp.inventory.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.platform.persistence.CopyText;

/**
 * A request's Service Audit Trail: one entry for it, one for each device, written together with one {@code COPY} on
 * the caller's connection, in its transaction. A bulk request writes 1,000 entries; as JPA entities, their
 * registration and the commit's flush were a sixth of the request's time in the server.
 */
public class ServiceAuditTrail {

    private static final String REQUEST = "REQUEST";
    private static final String DEVICE = "DEVICE";

    private static final int MAX_DETAIL = 300;
    /** sat_entry_seq's increment (V2): each of its values is the last of a block of IDs no other writer takes. */
    private static final int BLOCK = 1_000;

    private static final String COPY = "copy sat_entry (entry_id, request_id, originator_id, service_reference_variant,"
            + " entry_kind, device_id, response_code, detail, recorded_at) from stdin";

    private record Entry(String kind, Long deviceId, String responseCode, String detail) {}

    private final ServiceUserRequest request;
    private final Instant now;
    private final List<Entry> entries = new ArrayList<>();

    public ServiceAuditTrail(ServiceUserRequest request, Instant now) {
        this.request = request;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void request(String responseCode, String detail) {
        entries.add(new Entry(REQUEST, null, responseCode, detail));
    }

    public void device(long deviceId, String responseCode, String detail) {
        entries.add(new Entry(DEVICE, deviceId, responseCode, detail));
    }

    /** Writes the entries, in the order given, on the transaction's connection. */
    public void write(Connection connection) throws SQLException {
        List<Long> ids = ids(connection);
        CopyText rows = new CopyText(entries.size() * 160);
        String requestId = request.requestId().toString();
        String originator = request.requestId().originator().toString();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String detail = entry.detail();
            rows.value(ids.get(i))
                    .value(requestId)
                    .value(originator)
                    .value(request.serviceReferenceVariant())
                    .value(entry.kind())
                    .value(entry.deviceId())
                    .value(entry.responseCode())
                    .value(detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                    .last(now);
        }
        rows.copyIn(connection, COPY, "audit entries");
    }

    /** An ID for each entry: for each value taken from the sequence, the block of 1,000 it ends. */
    private List<Long> ids(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>(entries.size());
        try (PreparedStatement blocks =
                connection.prepareStatement("select nextval('sat_entry_seq') from generate_series(1, ?)")) {
            blocks.setInt(1, (entries.size() + BLOCK - 1) / BLOCK);
            try (ResultSet last = blocks.executeQuery()) {
                while (last.next()) {
                    long end = last.getLong(1);
                    for (long id = end - BLOCK + 1; id <= end && ids.size() < entries.size(); id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
