package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import uk.dsp.inventory.housekeeping.control.ChunkResult;
import uk.dsp.inventory.housekeeping.control.HousekeepingPlan;
import uk.dsp.inventory.housekeeping.control.HousekeepingSettingsReader;
import uk.dsp.inventory.housekeeping.control.InvalidHousekeepingSettings;
import uk.dsp.inventory.housekeeping.entity.HousekeepingRun;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * SMI housekeeping (seed 002): deletes the devices that stayed Pending longer than their type's duration,
 * except excluded types, chunk by chunk, and raises N8 to the Service Users that notified them. One run at a
 * time; the settings are read and checked at the start of each run, and an invalid one deletes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // only runs exclude each other; reads never wait for one
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    private static final int PROGRESS_EVERY = 50;
    private static final int TIMER_WAIT_SECONDS = 30;

    @EJB
    HousekeepingChunks chunks;

    @Inject
    HousekeepingCounters counters;

    @EJB
    HousekeepingScheduler scheduler;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final HousekeepingSettingsReader reader = new HousekeepingSettingsReader();
    private final ReentrantLock running = new ReentrantLock();

    /** Runs now; a caller finding a run in progress gets {@link HousekeepingBusy} at once. */
    public long run(String trigger) {
        if (!lockFor(trigger)) {
            throw new HousekeepingBusy();
        }
        try {
            return start(trigger);
        } finally {
            running.unlock();
        }
    }

    private long start(String trigger) {
        Instant start = Instant.now();
        HousekeepingSettings settings;
        try {
            settings = settings();
        } catch (InvalidHousekeepingSettings invalid) {
            LOG.severe(() -> "Housekeeping run refused, nothing deleted: " + invalid.getMessage());
            long runId = chunks.open(trigger, "REFUSED", "(invalid)", invalid.getMessage(), start);
            counters.ended("REFUSED");
            return runId;
        }
        if (!settings.enabled()) {
            LOG.info("Housekeeping is switched off (dsp.housekeeping.enabled=false): nothing deleted");
            long runId = chunks.open(trigger, "DISABLED", settings.describe(), null, start);
            counters.ended("DISABLED");
            return runId;
        }
        long runId = chunks.open(trigger, "RUNNING", settings.describe(), null, start);
        execute(runId, settings, start);
        return runId;
    }

    /**
     * An administrator is told at once that a run is in progress; the timer waits a little, since the 10-second check
     * for a dead node's run (which holds the lock briefly) may be looking at that very second.
     */
    private boolean lockFor(String trigger) {
        if (!"TIMER".equals(trigger)) {
            return running.tryLock();
        }
        try {
            return running.tryLock(TIMER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Continues a run that a crash or restart interrupted, from where its committed chunks left it; waits for a run
     * that started meanwhile, which leaves the interrupted one for this.
     */
    public void resumeInterrupted() {
        running.lock();
        try {
            resume();
        } finally {
            running.unlock();
        }
    }

    /** On a node's schedule check: a run whose node died is carried on here, unless this node is running one. */
    public void resumeOrphaned() {
        if (running.tryLock()) {
            try {
                resume();
            } finally {
                running.unlock();
            }
        }
    }

    private void resume() {
        for (long runId : chunks.takeOverInterrupted()) {
            HousekeepingRun run = em.find(HousekeepingRun.class, runId);
            LOG.info(() ->
                    "Resuming housekeeping run " + run.runId() + " interrupted after " + run.deleted() + " devices");
            try {
                execute(run.runId(), settings(), run.startedAt());
            } catch (InvalidHousekeepingSettings invalid) {
                chunks.close(run.runId(), "FAILED", "not resumed: " + invalid.getMessage());
                counters.ended("FAILED");
            }
        }
    }

    /** What a run would delete now, by device type; nothing is deleted. */
    public Map<DeviceType, Long> dryRun() {
        Instant now = Instant.now();
        Map<DeviceType, Long> due = new LinkedHashMap<>();
        for (HousekeepingPlan.Step step : HousekeepingPlan.of(settings(), now)) {
            due.put(step.type(), chunks.countDue(step.type(), step.cutoff()));
        }
        return due;
    }

    public List<HousekeepingRun> runs(int limit) {
        return em.createQuery("select r from HousekeepingRun r order by r.runId desc", HousekeepingRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public Map<DeviceType, Long> countsOf(long runId) {
        return chunks.countsOf(runId);
    }

    private HousekeepingSettings settings() {
        HousekeepingSettings settings =
                reader.read(name -> System.getProperty(HousekeepingSettingsReader.PREFIX + name));
        scheduler.checkSchedule(settings.schedule());
        return settings;
    }

    private void execute(long runId, HousekeepingSettings settings, Instant start) {
        long deleted = 0;
        int chunkCount = 0;
        try {
            for (HousekeepingPlan.Step step : HousekeepingPlan.of(settings, start)) {
                ChunkResult result;
                ChunkResult.Key from = ChunkResult.Key.START;
                do {
                    result = chunks.deleteChunk(runId, step.type(), step.cutoff(), from, settings.chunkSize());
                    counters.chunk(step.type(), result.deleted(), result.alerts());
                    from = result.next();
                    deleted += result.deleted();
                    if (++chunkCount % PROGRESS_EVERY == 0) {
                        long soFar = deleted;
                        int chunk = chunkCount;
                        LOG.info(() -> "Housekeeping run " + runId + ": chunk " + chunk + ", " + soFar
                                + " devices deleted so far (" + step.type() + ")");
                    }
                } while (result.deleted() == settings.chunkSize());
            }
            chunks.close(runId, "COMPLETED", null);
            counters.ended("COMPLETED");
            long total = deleted;
            LOG.info(() -> "Housekeeping run " + runId + " completed: " + total + " devices deleted");
        } catch (RuntimeException e) {
            chunks.close(runId, "FAILED", e.getMessage());
            counters.ended("FAILED");
            throw e;
        }
    }
}
