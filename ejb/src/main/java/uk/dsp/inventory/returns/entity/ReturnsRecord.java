package uk.dsp.inventory.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.dsp.inventory.dcc.Eui64;

/** A DSMS Service Returns Record: one returned CH on its way back to the DCC, about 90 days. */
@Entity
@Table(name = "returns_record")
public class ReturnsRecord {

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "returning_party_id", nullable = false)
    private String returningPartyId;

    @Column(name = "service_reference_variant", nullable = false)
    private String serviceReferenceVariant;

    @Column(name = "return_type", nullable = false)
    private String returnType;

    @Column(name = "fault_reason")
    private String faultReason;

    @Column(nullable = false)
    private String status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "csp_region")
    private String cspRegion;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected ReturnsRecord() {
        // for JPA: records are opened by ReturnsRecordWriter
    }

    public long recordId() {
        return recordId;
    }

    public String requestId() {
        return requestId;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public String serviceReferenceVariant() {
        return serviceReferenceVariant;
    }

    public String returnType() {
        return returnType;
    }

    public String faultReason() {
        return faultReason;
    }

    public String status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** The region of the CH (CspRegion's name): its CSP receives the CH. */
    public String cspRegion() {
        return cspRegion;
    }

    public String returningPartyId() {
        return returningPartyId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    /** The CSP has the CH in its hands. */
    public void receive(String username, Instant now) {
        status = "RECEIVED";
        receivedAt = now;
        receivedBy = username;
    }

    /** The CSP has dealt with the CH: the record's life ends. */
    public void close(String username, Instant now) {
        status = "CLOSED";
        closedAt = now;
        closedBy = username;
    }
}
