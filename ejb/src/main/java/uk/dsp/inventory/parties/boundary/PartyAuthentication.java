package uk.dsp.inventory.parties.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.control.PemCertificate;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.parties.entity.PartyGatewayCertificate;

/**
 * Checks a caller by the TLS client certificate registered to its party (a CSP's gateway on CSPM-N3, a Service
 * User's DUIS client), or a CSP by its party ID and password (loopback development). An unknown certificate or party,
 * a wrong password and a party that is not a CSP look the same.
 */
@Stateless
public class PartyAuthentication {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<AuthenticatedCsp> authenticateCsp(String partyId, String password) {
        return authenticated(partyId, password).filter(Party::isCsp).map(PartyAuthentication::csp);
    }

    /** The CSP a gateway certificate is registered to, while the certificate is valid. */
    public Optional<AuthenticatedCsp> authenticateCsp(X509Certificate certificate) {
        return partyOf(certificate)
                .map(partyId -> em.find(Party.class, partyId))
                .filter(Party::isCsp)
                .map(PartyAuthentication::csp);
    }

    /** The party a TLS client certificate is registered to (a CSP's gateway, a Service User's DUIS client), while valid. */
    public Optional<String> partyOf(X509Certificate certificate) {
        PartyGatewayCertificate registered =
                em.find(PartyGatewayCertificate.class, PemCertificate.fingerprint(certificate));
        if (registered == null || !registered.isValidAt(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(registered.partyId());
    }

    private Optional<Party> authenticated(String partyId, String password) {
        if (!Eui64.isValid(partyId)) {
            return Optional.empty();
        }
        Party party = em.find(Party.class, partyId);
        if (party == null || party.passwordHash() == null || !hasher.matches(password, party.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(party);
    }

    private static AuthenticatedCsp csp(Party party) {
        return new AuthenticatedCsp(party.partyId(), party.cspRegion());
    }
}
