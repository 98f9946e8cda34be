package uk.dsp.inventory.housekeeping.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * One chunk of housekeeping in one SQL statement: up to {@code limit} devices of a type, Pending since the
 * cutoff or before, locked with SKIP LOCKED (a device another transaction holds waits for the next run), are
 * deleted, written to the deletion history, and given an N8 alert when a Service User notified them and they
 * are not a Comms Hub. A GPF still named by a remaining CHF or gas meter is kept.
 */
public class DueDeviceDeletion {

    private static final String CHUNK = """
            with doomed as (
                select d.device_id, d.smi_status_since from device d
                where d.smi_status = 'PENDING' and d.device_type = ? and d.smi_status_since <= ?
                  and (d.smi_status_since, d.device_id) > (?, ?)
                  and (d.device_type <> 'GPF'
                       or not exists (select 1 from device r where r.gpf_device_id = d.device_id or r.associated_gpf_id = d.device_id))
                order by d.smi_status_since, d.device_id
                limit ? for update skip locked),
            doomed_keys as (select smi_status_since, device_id from doomed),
            deleted as (
                delete from device d using doomed where d.device_id = doomed.device_id
                returning d.device_id, d.device_type, d.notifying_party_id, d.smi_status_since, d.created_at),
            history as (
                insert into housekeeping_deletion (run_id, device_id, device_type, notifying_party_id, pending_since, created_at, deleted_at)
                select ?, device_id, device_type, notifying_party_id, smi_status_since, created_at, ? from deleted),
            alerts as (
                insert into dcc_alert (alert_code, run_id, device_id, party_id, status, created_at)
                select 'N8', ?, x.device_id, x.notifying_party_id,
                       case when p.alert_endpoint is null then 'UNDELIVERABLE' else 'QUEUED' end, ?
                from deleted x join party p on p.party_id = x.notifying_party_id
                where x.device_type not in ('CHF', 'GPF')
                  and not exists (select 1 from party_role r where r.party_id = p.party_id and r.role = 'CSP')
                returning alert_id, status),
            queued as (
                insert into outbox_message (destination, body, properties, created_at)
                select ?, alert_id::text, '{"alertId":"' || alert_id || '"}', ? from alerts where status = 'QUEUED')
            select (select count(*) from deleted), (select count(*) from alerts),
                   (select count(*) from alerts where status = 'UNDELIVERABLE'),
                   (select max(smi_status_since) from doomed_keys), (select max(device_id) from doomed_keys
                    where smi_status_since = (select max(smi_status_since) from doomed_keys))""";

    private static final String COUNT = """
            select count(*) from device d
            where d.smi_status = 'PENDING' and d.device_type = ? and d.smi_status_since <= ?
              and (d.device_type <> 'GPF'
                   or not exists (select 1 from device r where r.gpf_device_id = d.device_id or r.associated_gpf_id = d.device_id))""";

    /** The chunk after {@code from} in (since, device ID) order; its result says where the next one starts. */
    public ChunkResult deleteChunk(
            Connection connection,
            long runId,
            DeviceType type,
            Instant cutoff,
            ChunkResult.Key from,
            int limit,
            Instant now)
            throws SQLException {
        try (PreparedStatement chunk = connection.prepareStatement(CHUNK)) {
            chunk.setString(1, type.name());
            chunk.setObject(2, cutoff.atOffset(ZoneOffset.UTC));
            chunk.setObject(3, from.since().atOffset(ZoneOffset.UTC));
            chunk.setLong(4, from.deviceId());
            chunk.setInt(5, limit);
            chunk.setLong(6, runId);
            chunk.setObject(7, now.atOffset(ZoneOffset.UTC));
            chunk.setLong(8, runId);
            chunk.setObject(9, now.atOffset(ZoneOffset.UTC));
            chunk.setString(10, ServerResources.ALERTS_QUEUE);
            chunk.setObject(11, now.atOffset(ZoneOffset.UTC));
            try (ResultSet counts = chunk.executeQuery()) {
                counts.next();
                java.time.OffsetDateTime lastSince = counts.getObject(4, java.time.OffsetDateTime.class);
                ChunkResult.Key next =
                        lastSince == null ? from : new ChunkResult.Key(lastSince.toInstant(), counts.getLong(5));
                return new ChunkResult(counts.getInt(1), counts.getInt(2), counts.getInt(3), next);
            }
        }
    }

    /** What a run would delete of a type now (a dry run). */
    public long countDue(Connection connection, DeviceType type, Instant cutoff) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setString(1, type.name());
            count.setObject(2, cutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
