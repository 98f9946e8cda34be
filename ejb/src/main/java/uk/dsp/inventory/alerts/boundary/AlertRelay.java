package uk.dsp.inventory.alerts.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Moves the alerts that housekeeping recorded (status NEW, in the same transaction as the deletions) onto
 * the queue DspAlerts, one message per alert so that each is retried and dead-lettered on its own; a block
 * of alerts and their messages commit together.
 */
@Stateless
public class AlertRelay {

    private static final Logger LOG = Logger.getLogger(AlertRelay.class.getName());
    static final int BLOCK = 1000;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    @JMSConnectionFactory(ServerResources.JMS_CONNECTION_FACTORY)
    JMSContext jms;

    @Resource(lookup = ServerResources.ALERTS_QUEUE)
    Queue alerts;

    @EJB
    AlertRelay self;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void queueNewAlerts() {
        long queued = 0;
        int block;
        do {
            block = self.queueBlock();
            queued += block;
        } while (block == BLOCK);
        long total = queued;
        LOG.info(() -> total + " DCC alerts queued for delivery");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueBlock() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        update dcc_alert set status = 'QUEUED' where alert_id in (
                            select alert_id from dcc_alert where status = 'NEW' order by alert_id limit ?1 for update skip locked)
                        returning alert_id""").setParameter(1, BLOCK).getResultList();
        JMSProducer producer = jms.createProducer();
        for (Number id : ids) {
            producer.setProperty("alertId", id.longValue()).send(alerts, String.valueOf(id.longValue()));
        }
        return ids.size();
    }
}
