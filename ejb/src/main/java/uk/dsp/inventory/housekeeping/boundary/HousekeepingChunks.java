package uk.dsp.inventory.housekeeping.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.dsp.inventory.housekeeping.control.ChunkResult;
import uk.dsp.inventory.housekeeping.control.DueDeviceDeletion;
import uk.dsp.inventory.housekeeping.control.HousekeepingRunRecord;
import uk.dsp.inventory.platform.cluster.NodeName;
import uk.dsp.inventory.platform.messaging.Outbox;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * The transactions of a housekeeping run, each its own: opening the run record, one chunk of deletion with its
 * counts, closing the record. A crash loses at most the chunk in flight, which the resumed run redoes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HousekeepingChunks {

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @EJB
    Outbox outbox;

    private final DueDeviceDeletion deletion = new DueDeviceDeletion();
    private final HousekeepingRunRecord record = new HousekeepingRunRecord();

    /**
     * A new run record held by this node, or a refusal record (status REFUSED or DISABLED) that ends at once; {@link
     * HousekeepingBusy} when another node holds a run in progress, or the run of this timer's minute.
     */
    public long open(String trigger, String status, String settings, String problem, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return record.open(connection, trigger, status, settings, problem, now, NodeName.current())
                    .orElseThrow(() -> new HousekeepingBusy(
                            "TIMER".equals(trigger)
                                    ? "this schedule's run is another node's"
                                    : "a housekeeping run is in progress"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a housekeeping run: " + e.getMessage(), e);
        }
    }

    /** The interrupted runs this node is now to carry on: its own, and those of nodes no longer alive. */
    public List<Long> takeOverInterrupted() {
        try (Connection connection = dataSource.getConnection()) {
            return record.takeOverInterrupted(connection, NodeName.current());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take over interrupted housekeeping runs: " + e.getMessage(), e);
        }
    }

    public ChunkResult deleteChunk(long runId, DeviceType type, Instant cutoff, ChunkResult.Key from, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            ChunkResult result = deletion.deleteChunk(connection, runId, type, cutoff, from, limit, Instant.now());
            if (result.deleted() > 0) {
                record.count(connection, runId, type, result);
            }
            if (result.alerts() > result.undeliverable()) {
                outbox.wakeRelayAfterCommit(); // the chunk wrote its alerts' messages to the outbox
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("housekeeping chunk failed for " + type, e);
        }
    }

    public void close(long runId, String status, String problem) {
        try (Connection connection = dataSource.getConnection()) {
            record.close(connection, runId, status, problem, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close housekeeping run " + runId, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<DeviceType, Long> countsOf(long runId) {
        try (Connection connection = dataSource.getConnection()) {
            return record.countsOf(connection, runId);
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
}
