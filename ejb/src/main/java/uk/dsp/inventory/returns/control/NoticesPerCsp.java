package uk.dsp.inventory.returns.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.entity.Party;

/**
 * Groups a request's accepted CHs by their own CSP, the party that pre-notified them (CSPM-N3) and receives them
 * back: one notice for each such CSP, and none to the other CSPs of the region.
 */
public class NoticesPerCsp {

    private final EntityManager em;

    public NoticesPerCsp(EntityManager em) {
        this.em = em;
    }

    public List<CspReturnNotice> notices(AcceptedReturns accepted) {
        Map<String, List<String>> hubsByCsp = accepted.returns().stream()
                .filter(line -> line.cspPartyId() != null)
                .collect(Collectors.groupingBy(
                        AcceptedReturns.Line::cspPartyId,
                        LinkedHashMap::new,
                        Collectors.mapping(line -> new Eui64(line.deviceId()).toString(), Collectors.toList())));
        List<CspReturnNotice> notices = new ArrayList<>();
        hubsByCsp.forEach((cspPartyId, hubs) -> {
            Party csp = em.find(Party.class, cspPartyId);
            if (csp != null && csp.roles().contains(Role.CSP)) {
                notices.add(new CspReturnNotice(
                        accepted.requestId(),
                        csp.partyId(),
                        csp.name(),
                        csp.email(),
                        accepted.returningPartyId(),
                        accepted.serviceReferenceVariant(),
                        hubs));
            }
        });
        return notices;
    }
}
