package uk.dsp.inventory.parties.boundary;

import java.util.List;

/** A registered party as the admin API shows it; a password is never shown, only whether one is set. */
public record PartyView(
        String partyId,
        String name,
        List<String> roles,
        String cspRegion,
        String email,
        String alertEndpoint,
        List<String> certificates,
        List<String> gatewayCertificates,
        boolean passwordSet) {}
