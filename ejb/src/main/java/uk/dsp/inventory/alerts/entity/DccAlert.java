package uk.dsp.inventory.alerts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dsp.inventory.dcc.Eui64;

/** A DCC alert to a Service User: NEW, QUEUED for delivery, DELIVERED, or UNDELIVERABLE (no endpoint). */
@Entity
@Table(name = "dcc_alert")
public class DccAlert {

    @Id
    @Column(name = "alert_id")
    private long alertId;

    @Column(name = "alert_code", nullable = false)
    private String alertCode;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private String status;

    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DccAlert() {
        // for JPA: alerts are raised by housekeeping's SQL
    }

    public void delivered(Instant now) {
        status = "DELIVERED";
        deliveredAt = now;
    }

    /** Every delivery attempt failed: the alert stays visible to the administrators with the last reason. */
    public void failed(String reason) {
        status = "FAILED";
        failure = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
    }

    /** Sent again by a person after every attempt failed: to be delivered as if new, the last reason kept. */
    public boolean requeued() {
        if (!"FAILED".equals(status)) {
            return false;
        }
        status = "QUEUED";
        return true;
    }

    public String failure() {
        return failure;
    }

    /** The Service User no longer has an alert endpoint: nothing to deliver to, for an administrator to see. */
    public void undeliverable() {
        status = "UNDELIVERABLE";
    }

    public long alertId() {
        return alertId;
    }

    public String alertCode() {
        return alertCode;
    }

    public Long runId() {
        return runId;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public String partyId() {
        return partyId;
    }

    public String status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
