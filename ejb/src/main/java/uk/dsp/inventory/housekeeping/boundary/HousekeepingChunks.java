package uk.dsp.inventory.housekeeping.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import uk.dsp.inventory.housekeeping.control.ChunkResult;
import uk.dsp.inventory.housekeeping.control.DueDeviceDeletion;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * The transactions of a housekeeping run, each its own: opening the run record, one chunk of deletion with its
 * counts, closing the record. A crash loses at most the chunk in flight, which the resumed run redoes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HousekeepingChunks {

    @Resource(lookup = "java:jboss/datasources/DspDS")
    DataSource dataSource;

    private final DueDeviceDeletion deletion = new DueDeviceDeletion();

    /** A new run record, or a refusal record (status REFUSED or DISABLED) that ends at once. */
    public long open(String trigger, String status, String settings, String problem, Instant now) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into housekeeping_run (trigger, status, settings, started_at, ended_at, problem)
                values (?, ?, ?, ?, ?, ?) returning run_id""")) {
            insert.setString(1, trigger);
            insert.setString(2, status);
            insert.setString(3, settings);
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.setObject(5, "RUNNING".equals(status) ? null : now.atOffset(ZoneOffset.UTC));
            insert.setString(6, problem);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a housekeeping run (is another one running?)", e);
        }
    }

    public ChunkResult deleteChunk(long runId, DeviceType type, Instant cutoff, ChunkResult.Key from, int limit) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            ChunkResult result = deletion.deleteChunk(connection, runId, type, cutoff, from, limit, now);
            if (result.deleted() > 0) {
                count(connection, runId, type, result);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("housekeeping chunk failed for " + type, e);
        }
    }

    public void close(long runId, String status, String problem) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update housekeeping_run set status = ?, ended_at = ?, problem = ? where run_id = ?")) {
            update.setString(1, status);
            update.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            update.setString(3, problem == null || problem.length() <= 1000 ? problem : problem.substring(0, 1000));
            update.setLong(4, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close housekeeping run " + runId, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<DeviceType, Long> countsOf(long runId) {
        Map<DeviceType, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select device_type, deleted from housekeeping_run_count where run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeviceType.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countDue(DeviceType type, Instant cutoff) {
        try (Connection connection = dataSource.getConnection()) {
            return deletion.countDue(connection, type, cutoff);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void count(Connection connection, long runId, DeviceType type, ChunkResult result) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement("""
                update housekeeping_run set deleted = deleted + ?, alerts_raised = alerts_raised + ?,
                    undeliverable = undeliverable + ?, chunks = chunks + 1 where run_id = ?""");
             PreparedStatement perType = connection.prepareStatement("""
                insert into housekeeping_run_count (run_id, device_type, deleted) values (?, ?, ?)
                on conflict (run_id, device_type) do update set deleted = housekeeping_run_count.deleted + excluded.deleted""")) {
            run.setInt(1, result.deleted());
            run.setInt(2, result.alerts());
            run.setInt(3, result.undeliverable());
            run.setLong(4, runId);
            run.executeUpdate();
            perType.setLong(1, runId);
            perType.setString(2, type.name());
            perType.setInt(3, result.deleted());
            perType.executeUpdate();
        }
    }
}
