package uk.dsp.inventory.parties.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.entity.Party;

/**
 * Checks a CSP gateway's party ID and password on CSPM-N3. An unknown party, a wrong password and a party that is
 * not a CSP look the same.
 */
@Stateless
public class PartyAuthentication {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<AuthenticatedCsp> authenticateCsp(String partyId, String password) {
        return authenticated(partyId, password)
                .filter(Party::isCsp)
                .map(party -> new AuthenticatedCsp(party.partyId(), party.cspRegion()));
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
}
