package uk.dsp.inventory.parties.control;

import java.util.List;

/** A party as an administrator describes it, before any check. */
public record PartyRegistration(
        String partyId,
        String name,
        List<String> roles,
        String cspRegion,
        String email,
        String alertEndpoint,
        List<String> certificates,
        List<String> gatewayCertificates,
        String password) {}
