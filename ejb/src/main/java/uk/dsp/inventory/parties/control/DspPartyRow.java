package uk.dsp.inventory.parties.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.entity.Party;

/**
 * The DSP's own row in the party table, made on first use: DCC operators are its users and incidents the desk
 * must route are assigned to it. It holds no DUIS role and no certificate, so it can send no Service Request.
 */
@Dependent
public class DspPartyRow {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public Party get() {
        Party party = em.find(Party.class, DspParty.id());
        if (party == null) {
            Instant now = Instant.now();
            party = new Party(DspParty.id(), now);
            party.describe("DCC service desk", EnumSet.noneOf(Role.class), null, null, null, now);
            em.persist(party);
        }
        return party;
    }
}
