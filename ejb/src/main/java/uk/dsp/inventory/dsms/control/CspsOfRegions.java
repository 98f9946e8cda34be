package uk.dsp.inventory.dsms.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.entity.Party;

/** Groups a request's accepted CHs by the CSP of their region: one notice for each CSP that has some. */
public class CspsOfRegions {

    private final EntityManager em;

    public CspsOfRegions(EntityManager em) {
        this.em = em;
    }

    public List<CspReturnNotice> notices(AcceptedReturns accepted) {
        Map<String, List<String>> hubsByRegion = accepted.returns().stream()
                .filter(line -> line.cspRegion() != null)
                .collect(Collectors.groupingBy(
                        AcceptedReturns.Line::cspRegion,
                        LinkedHashMap::new,
                        Collectors.mapping(line -> new Eui64(line.deviceId()).toString(), Collectors.toList())));
        if (hubsByRegion.isEmpty()) {
            return List.of();
        }
        Set<CspRegion> regions =
                hubsByRegion.keySet().stream().map(CspRegion::valueOf).collect(Collectors.toSet());
        List<Party> csps = em.createQuery(
                        "select distinct p from Party p join p.roles r where r = :csp and p.cspRegion in :regions"
                                + " order by p.partyId",
                        Party.class)
                .setParameter("csp", Role.CSP)
                .setParameter("regions", regions)
                .getResultList();
        List<CspReturnNotice> notices = new ArrayList<>();
        for (Party csp : csps) {
            notices.add(new CspReturnNotice(
                    accepted.requestId(),
                    csp.partyId(),
                    csp.name(),
                    csp.email(),
                    accepted.returningPartyId(),
                    accepted.serviceReferenceVariant(),
                    hubsByRegion.get(csp.cspRegion().name())));
        }
        return notices;
    }
}
