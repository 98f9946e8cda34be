package uk.dsp.inventory.parties.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CSP's TLS client certificate, found by its fingerprint when its gateway connects to the HTTPS listener. */
@Entity
@Table(name = "party_gateway_certificate")
public class PartyGatewayCertificate {

    @Id
    private String fingerprint;

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

    protected PartyGatewayCertificate() {
        // for JPA
    }

    public PartyGatewayCertificate(String partyId, GatewayCertificate certificate) {
        this.partyId = partyId;
        this.fingerprint = certificate.fingerprint();
        this.subject = certificate.subject();
        this.notBefore = certificate.notBefore();
        this.notAfter = certificate.notAfter();
        this.pem = certificate.pem();
    }

    public String fingerprint() {
        return fingerprint;
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
