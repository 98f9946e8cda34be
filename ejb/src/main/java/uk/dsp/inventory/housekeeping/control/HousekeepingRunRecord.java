package uk.dsp.inventory.housekeeping.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import uk.dsp.inventory.platform.cluster.NodeLiveness;
import uk.dsp.inventory.smi.entity.DeviceType;

/** The SQL of a housekeeping run's record (housekeeping_run and its counts per type), on the caller's connection. */
public class HousekeepingRunRecord {

    private static final int MAX_PROBLEM = 1000;

    /**
     * A new run record held by {@code node}, or a refusal record (status REFUSED or DISABLED) that ends at once; empty
     * when another node has one already: a run in progress, or the run of the same scheduled minute (a timer's run).
     */
    public OptionalLong open(
            Connection connection,
            String trigger,
            String status,
            String settings,
            String problem,
            Instant now,
            String node)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into housekeeping_run (trigger, status, settings, started_at, ended_at, problem, node, scheduled_for)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning run_id""")) {
            insert.setString(1, trigger);
            insert.setString(2, status);
            insert.setString(3, settings);
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.setObject(5, "RUNNING".equals(status) ? null : now.atOffset(ZoneOffset.UTC));
            insert.setString(6, problem);
            insert.setString(7, node);
            // every node's timer fires within the same minute of the schedule (its finest useful grain)
            insert.setObject(
                    8,
                    "TIMER".equals(trigger)
                            ? now.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC)
                            : null);
            try (ResultSet id = insert.executeQuery()) {
                return id.next() ? OptionalLong.of(id.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * The RUNNING runs this node may carry on: its own (interrupted by its restart) and those of nodes no longer
     * alive, each taken over in one statement, so that two nodes never take the same one.
     */
    public List<Long> takeOverInterrupted(Connection connection, String node) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("update housekeeping_run set node = ?"
                + " where status = 'RUNNING' and (node is null or node = ? or node not in (" + NodeLiveness.ALIVE_NODES
                + ")) returning run_id")) {
            take.setString(1, node);
            take.setString(2, node);
            List<Long> runs = new ArrayList<>();
            try (ResultSet taken = take.executeQuery()) {
                while (taken.next()) {
                    runs.add(taken.getLong(1));
                }
            }
            return runs;
        }
    }

    public void count(Connection connection, long runId, DeviceType type, ChunkResult result) throws SQLException {
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

    public void close(Connection connection, long runId, String status, String problem, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update housekeeping_run set status = ?, ended_at = ?, problem = ? where run_id = ?")) {
            update.setString(1, status);
            update.setObject(2, now.atOffset(ZoneOffset.UTC));
            update.setString(
                    3,
                    problem == null || problem.length() <= MAX_PROBLEM ? problem : problem.substring(0, MAX_PROBLEM));
            update.setLong(4, runId);
            update.executeUpdate();
        }
    }

    public Map<DeviceType, Long> countsOf(Connection connection, long runId) throws SQLException {
        Map<DeviceType, Long> counts = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select device_type, deleted from housekeeping_run_count where run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeviceType.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
