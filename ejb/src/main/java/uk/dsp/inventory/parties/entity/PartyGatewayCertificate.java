package uk.dsp.inventory.parties.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CSP's TLS client certificate, found by its fingerprint when its gateway connects to the HTTPS listener. */
@Entity
@Table(name = "party_gateway_certificate")
public class PartyGatewayCertificate extends RegisteredCertificate {

    @Id
    private String fingerprint;

    protected PartyGatewayCertificate() {
        // for JPA
    }

    public PartyGatewayCertificate(String partyId, GatewayCertificate certificate) {
        super(partyId, certificate.subject(), certificate.notBefore(), certificate.notAfter(), certificate.pem());
        this.fingerprint = certificate.fingerprint();
    }

    public String fingerprint() {
        return fingerprint;
    }
}
