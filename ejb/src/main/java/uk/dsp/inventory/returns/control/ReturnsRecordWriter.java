package uk.dsp.inventory.returns.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Opens one DSMS Service Returns Record per accepted CH, in one JDBC batch. A record that exists for the
 * same request and device is left alone, so a redelivered message opens nothing twice.
 */
public class ReturnsRecordWriter {

    /** The returns process runs about 90 days (seed 000). */
    static final Duration RETURNS_PERIOD = Duration.ofDays(90);

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final String INSERT = """
            insert into returns_record (request_id, device_id, gpf_device_id, returning_party_id, service_reference_variant,
                return_type, fault_reason, connection_method, incident_reference, user_ref_id, additional_information,
                csp_region, status, opened_at, due_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
            on conflict (request_id, device_id) do nothing""";

    public int open(Connection connection, AcceptedReturns accepted) throws SQLException {
        LocalDate dueOn = LocalDate.ofInstant(accepted.acceptedAt().plus(RETURNS_PERIOD), UK);
        int opened = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AcceptedReturns.Line line : accepted.returns()) {
                insert.setString(1, accepted.requestId());
                insert.setLong(2, line.deviceId());
                insert.setObject(3, line.gpfDeviceId(), Types.BIGINT);
                insert.setString(4, accepted.returningPartyId());
                insert.setString(5, accepted.serviceReferenceVariant());
                insert.setString(6, line.returnType());
                insert.setString(7, line.faultReason());
                insert.setString(8, line.connectionMethod());
                insert.setString(9, line.incidentReference());
                insert.setString(10, line.userRefId());
                insert.setString(11, line.additionalInformation());
                insert.setString(12, line.cspRegion());
                insert.setObject(13, accepted.acceptedAt().atOffset(ZoneOffset.UTC));
                insert.setObject(14, dueOn);
                insert.addBatch();
            }
            for (int count : insert.executeBatch()) {
                opened += Math.max(count, 0);
            }
        }
        return opened;
    }
}
