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
import java.time.LocalDate;

/** A party's request to have CHs it holds re-flashed to the latest firmware and delivered back to it. */
@Entity
@Table(name = "reflash_request")
public class ReflashRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "request_id")
    private long id;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(nullable = false)
    private String address;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "wanted_on", nullable = false)
    private LocalDate wantedOn;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected ReflashRequest() {
        // for JPA
    }

    public ReflashRequest(String partyId, Redelivery redelivery, String requestedBy, Instant at) {
        this.partyId = partyId;
        this.status = RequestStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        amend(redelivery);
    }

    public void amend(Redelivery redelivery) {
        address = redelivery.address();
        contactName = redelivery.contactName();
        contactPhone = redelivery.contactPhone();
        contactEmail = redelivery.contactEmail();
        wantedOn = redelivery.wantedOn();
    }

    public void decide(boolean accepted, String reason, String by, Instant at) {
        status = accepted ? RequestStatus.ACCEPTED : RequestStatus.REJECTED;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public void complete() {
        status = RequestStatus.COMPLETED;
    }

    /** How people and mails name it: the DCC's reference the party quotes on its parcels. */
    public String reference() {
        return reference(id);
    }

    public static String reference(long requestId) {
        return String.format("RF-%06d", requestId);
    }

    public long id() {
        return id;
    }

    public String partyId() {
        return partyId;
    }

    public RequestStatus status() {
        return status;
    }

    public Redelivery redelivery() {
        return new Redelivery(address, contactName, contactPhone, contactEmail, wantedOn);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
