package uk.dsp.inventory.reflash.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.dsp.inventory.dcc.CspRegion;

/** A DSMS work order: the CHs of one accepted request that one CSP (by their region) receives and re-flashes. */
@Entity
@Table(name = "work_order")
public class WorkOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "work_order_id")
    private long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "csp_party_id", nullable = false)
    private String cspPartyId;

    @Column(name = "csp_region", nullable = false)
    private String cspRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "dispatched_by")
    private String dispatchedBy;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_by")
    private String deliveredBy;

    @Version
    private long version;

    protected WorkOrder() {
        // for JPA
    }

    public WorkOrder(long requestId, String cspPartyId, String cspRegion, Instant at) {
        this.requestId = requestId;
        this.cspPartyId = cspPartyId;
        this.cspRegion = cspRegion;
        this.status = WorkOrderStatus.OPEN;
        this.createdAt = at;
    }

    public void dispatch(String by, Instant at) {
        status = WorkOrderStatus.DISPATCHED;
        dispatchedBy = by;
        dispatchedAt = at;
    }

    public void deliver(String by, Instant at) {
        status = WorkOrderStatus.DELIVERED;
        deliveredBy = by;
        deliveredAt = at;
    }

    public String reference() {
        return String.format("WO-%06d", id);
    }

    public long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String cspPartyId() {
        return cspPartyId;
    }

    public String cspRegion() {
        return cspRegion;
    }

    /** The region as the interfaces write it (CSPM-N3, the admin API): "4G South", not SOUTH_4G. */
    public String regionName() {
        return cspRegion == null ? null : CspRegion.valueOf(cspRegion).duisName();
    }

    public WorkOrderStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
