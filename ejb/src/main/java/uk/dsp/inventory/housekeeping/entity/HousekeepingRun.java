package uk.dsp.inventory.housekeeping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record every housekeeping run leaves: when, why, with which settings, and what it did. */
@Entity
@Table(name = "housekeeping_run")
public class HousekeepingRun {

    @Id
    @Column(name = "run_id")
    private long runId;

    @Column(nullable = false)
    private String trigger;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String settings;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private long deleted;

    @Column(name = "alerts_raised")
    private long alertsRaised;

    private long undeliverable;

    private int chunks;

    private String problem;

    protected HousekeepingRun() {
        // for JPA: runs are written by HousekeepingChunks
    }

    public long runId() {
        return runId;
    }

    public String trigger() {
        return trigger;
    }

    public String status() {
        return status;
    }

    public String settings() {
        return settings;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long deleted() {
        return deleted;
    }

    public long alertsRaised() {
        return alertsRaised;
    }

    public long undeliverable() {
        return undeliverable;
    }

    public int chunks() {
        return chunks;
    }

    public String problem() {
        return problem;
    }
}
