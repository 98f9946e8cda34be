package uk.dsp.inventory.users.control;

import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.parties.entity.Party;

/** Which kind of people a party's users are: the DSP's own party holds the DCC operators. */
public final class PartyKinds {

    private PartyKinds() {}

    public static MemberKind of(Party party) {
        if (party.partyId().equals(DspParty.id())) {
            return MemberKind.DCC_OPERATOR;
        }
        return party.isCsp() ? MemberKind.CSP_STAFF : MemberKind.SERVICE_USER_STAFF;
    }
}
