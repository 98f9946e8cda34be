package uk.dsp.inventory.parties.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.smi.entity.Eui64;

/** Checks a CSP gateway's party ID and password. Unknown party, wrong password and non-CSP look the same. */
@Stateless
public class CspAuthentication {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<AuthenticatedCsp> authenticate(String partyId, String password) {
        if (!Eui64.isValid(partyId)) {
            return Optional.empty();
        }
        Party party = em.find(Party.class, partyId);
        if (party == null || !party.isCsp() || !hasher.matches(password, party.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedCsp(party.partyId(), party.cspRegion()));
    }
}
