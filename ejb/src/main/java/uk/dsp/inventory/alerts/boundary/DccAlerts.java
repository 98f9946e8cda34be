package uk.dsp.inventory.alerts.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.alerts.entity.DccAlert;

/** The DCC alerts as administrators see them, e.g. the undeliverable ones, newest first. */
@Stateless
public class DccAlerts {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<DccAlert> list(String status, String partyId, int limit) {
        return em.createQuery(
                        "select a from DccAlert a where (:status is null or a.status = :status)"
                                + " and (:party is null or a.partyId = :party) order by a.alertId desc",
                        DccAlert.class)
                .setParameter("status", status)
                .setParameter("party", partyId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** After the last delivery attempt rolled back, sending the message to the DLQ. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long alertId, String reason) {
        DccAlert alert = em.find(DccAlert.class, alertId);
        if (alert != null) {
            alert.failed(reason);
        }
    }
}
