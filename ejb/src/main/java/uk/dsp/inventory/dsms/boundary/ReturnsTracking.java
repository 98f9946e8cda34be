package uk.dsp.inventory.dsms.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dsms.entity.ReturnsRecord;

/** A Service User follows the returns of its own CHs, one record per CH (seed 000: no consolidated status). */
@Stateless
public class ReturnsTracking {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<ReturnsRecord> returnsOf(String partyId, Eui64 deviceId, String requestId, int offset, int limit) {
        TypedQuery<ReturnsRecord> query = em.createQuery(
                        "select r from ReturnsRecord r where r.returningPartyId = :party"
                                + (deviceId == null ? "" : " and r.deviceId = :device")
                                + (requestId == null ? "" : " and r.requestId = :request")
                                + " order by r.openedAt desc, r.deviceId",
                        ReturnsRecord.class)
                .setParameter("party", partyId)
                .setFirstResult(Math.max(offset, 0))
                .setMaxResults(Math.min(Math.max(limit, 1), MAX_PAGE));
        if (deviceId != null) {
            query.setParameter("device", deviceId.value());
        }
        if (requestId != null) {
            query.setParameter("request", requestId);
        }
        return query.getResultList();
    }
}
