package uk.dsp.inventory.parties.control;

import java.util.List;
import java.util.Set;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.entity.GatewayCertificate;
import uk.dsp.inventory.parties.entity.SigningCertificate;

/** A registration that passed every check, in the registry's own types. The password is null to keep the one held. */
public record ValidRegistration(
        String partyId,
        String name,
        Set<Role> roles,
        CspRegion cspRegion,
        String email,
        String alertEndpoint,
        List<SigningCertificate> certificates,
        List<GatewayCertificate> gatewayCertificates,
        String password) {}
