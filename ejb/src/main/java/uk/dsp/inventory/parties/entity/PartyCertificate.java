package uk.dsp.inventory.parties.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A party's X.509 signing certificate (ECDSA P-256), found by its serial number when a signature is verified. */
@Entity
@Table(name = "party_certificate")
public class PartyCertificate {

    @Id
    @Column(name = "serial_number")
    private String serialNumber;

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

    protected PartyCertificate() {
        // for JPA
    }

    public PartyCertificate(String partyId, SigningCertificate certificate) {
        this.partyId = partyId;
        this.serialNumber = certificate.serialNumber();
        this.subject = certificate.subject();
        this.notBefore = certificate.notBefore();
        this.notAfter = certificate.notAfter();
        this.pem = certificate.pem();
    }

    public String serialNumber() {
        return serialNumber;
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
