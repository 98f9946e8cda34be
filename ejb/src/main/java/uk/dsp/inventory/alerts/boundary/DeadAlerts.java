package uk.dsp.inventory.alerts.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import uk.dsp.inventory.alerts.entity.DccAlert;
import uk.dsp.inventory.platform.messaging.Requeueing;
import uk.dsp.inventory.platform.resources.ServerResources;

/** A dead-lettered DCC alert sent again by a person: FAILED becomes QUEUED, and the consumer delivers it once. */
@Stateless
@Local(Requeueing.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeadAlerts implements Requeueing {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Override
    public String destination() {
        return ServerResources.ALERTS_QUEUE;
    }

    @Override
    public void requeue(Map<String, String> properties, String body) {
        DccAlert alert = em.find(DccAlert.class, Long.valueOf(body), LockModeType.PESSIMISTIC_WRITE);
        if (alert != null) {
            alert.requeued();
        }
    }

    @Override
    public String describe(Map<String, String> properties, String body) {
        DccAlert alert = em.find(DccAlert.class, Long.valueOf(body));
        return alert == null
                ? "DCC alert " + body + " (no longer recorded)"
                : "DCC alert " + alert.alertCode() + " " + alert.alertId() + " about device " + alert.deviceId()
                        + " to " + alert.partyId();
    }
}
