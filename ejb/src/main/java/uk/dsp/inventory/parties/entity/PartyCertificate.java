package uk.dsp.inventory.parties.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party's X.509 signing certificate (ECDSA P-256), found by its serial number when a signature is verified. */
@Entity
@Table(name = "party_certificate")
public class PartyCertificate extends RegisteredCertificate {

    @Id
    @Column(name = "serial_number")
    private String serialNumber;

    protected PartyCertificate() {
        // for JPA
    }

    public PartyCertificate(String partyId, SigningCertificate certificate) {
        super(partyId, certificate.subject(), certificate.notBefore(), certificate.notAfter(), certificate.pem());
        this.serialNumber = certificate.serialNumber();
    }

    public String serialNumber() {
        return serialNumber;
    }
}
