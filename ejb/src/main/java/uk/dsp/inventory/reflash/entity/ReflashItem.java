package uk.dsp.inventory.reflash.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;

/** One CH of a re-flash request (its CHF Device ID), from the request to its re-delivery. */
@Entity
@Table(name = "reflash_item")
public class ReflashItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflash_item_item_id_seq")
    @SequenceGenerator(
            name = "reflash_item_item_id_seq",
            sequenceName = "reflash_item_item_id_seq",
            allocationSize = 50)
    @Column(name = "item_id")
    private long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Column(name = "work_order_id")
    private Long workOrderId;

    @Column(name = "csp_region")
    private String cspRegion;

    @Column(nullable = false)
    private String model;

    @Column(name = "firmware_before")
    private String firmwareBefore;

    @Column(name = "firmware_after")
    private String firmwareAfter;

    @Column(name = "firmware_source")
    private String firmwareSource;

    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected ReflashItem() {
        // for JPA
    }

    public ReflashItem(
            long requestId, Eui64 chf, String cspRegion, String model, String firmwareBefore, String by, Instant at) {
        this.requestId = requestId;
        this.deviceId = chf.value();
        this.cspRegion = cspRegion;
        this.model = model;
        this.firmwareBefore = firmwareBefore;
        this.status = ItemStatus.REQUESTED;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A move the caller has checked is allowed; {@code reason} says why, where the move needs one. */
    public void moveTo(ItemStatus next, String reason, String by, Instant at) {
        this.status = next;
        this.reason = reason == null ? this.reason : reason;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void assignTo(long workOrderId) {
        this.workOrderId = workOrderId;
    }

    /** The new firmware the SMI now holds, and which door it came through (CSPM-N3 or the SSMI file). */
    public void firmwareRecorded(String version, String source, String by, Instant at) {
        this.firmwareAfter = version;
        this.firmwareSource = source;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long requestId() {
        return requestId;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public ItemStatus status() {
        return status;
    }

    public Long workOrderId() {
        return workOrderId;
    }

    public String cspRegion() {
        return cspRegion;
    }

    /** The region as the interfaces write it (CSPM-N3, the admin API): "4G South", not SOUTH_4G. */
    public String regionName() {
        return cspRegion == null ? null : CspRegion.valueOf(cspRegion).duisName();
    }

    public String model() {
        return model;
    }

    public String firmwareBefore() {
        return firmwareBefore;
    }

    public String firmwareAfter() {
        return firmwareAfter;
    }

    public String firmwareSource() {
        return firmwareSource;
    }

    public String reason() {
        return reason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
