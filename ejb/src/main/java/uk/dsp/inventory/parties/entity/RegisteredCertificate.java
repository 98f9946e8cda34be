package uk.dsp.inventory.parties.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** What the registry keeps of any certificate registered to a party: whose it is, its subject, validity and PEM. */
@MappedSuperclass
public abstract class RegisteredCertificate {

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private String pem;

    protected RegisteredCertificate() {
        // for JPA
    }

    protected RegisteredCertificate(String partyId, String subject, Instant notBefore, Instant notAfter, String pem) {
        this.partyId = partyId;
        this.subject = subject;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.pem = pem;
    }

    public String partyId() {
        return partyId;
    }

    public String pem() {
        return pem;
    }

    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }
}
