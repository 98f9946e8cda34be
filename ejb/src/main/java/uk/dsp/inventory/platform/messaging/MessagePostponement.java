package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * A consumer's first step: while the database does not answer, the message goes back to its queue, to be delivered
 * again in {@value #DELAY_MILLIS} ms, and this delivery ends without spending one of its attempts. Otherwise an
 * outage longer than the attempts last (1, 4, 16 and 64 s by default) would send every message in flight to the DLQ,
 * where only an operator can move it back. The copy is sent in the delivery's transaction, the broker's, so that the
 * message is consumed only if its copy is queued. A database that fails after this check is an ordinary failed
 * attempt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MessagePostponement {

    private static final Logger LOG = Logger.getLogger(MessagePostponement.class.getName());
    static final long DELAY_MILLIS = 5000;
    /** How often the message was put back: its copy's delivery count starts again at 1. */
    static final String POSTPONED = "dspPostponed";

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    /** The server's transactional connection factory: the copy is sent only if the delivery commits. */
    @Inject
    JMSContext broker;

    /** True when the database did not answer and the message was put back: the consumer then ends its delivery. */
    public boolean whileDatabaseDown(Message message) {
        try {
            // validated by the pool before it is handed out, and then shared by the consumer's own work
            dataSource.getConnection().close();
            return false;
        } catch (SQLException down) {
            postpone(message, DeliveryAttempt.reason(down));
            return true;
        }
    }

    private void postpone(Message message, String reason) {
        try {
            int postponed = message.propertyExists(POSTPONED) ? message.getIntProperty(POSTPONED) : 0;
            JMSProducer copy = broker.createProducer().setDeliveryDelay(DELAY_MILLIS);
            for (String name : propertyNames(message)) {
                // the broker's own (JMSX…, _AMQ…) belong to this delivery, not to the message
                if (!name.startsWith("JMSX") && !name.startsWith("_") && !name.equals(POSTPONED)) {
                    copy.setProperty(name, message.getObjectProperty(name));
                }
            }
            copy.setProperty(POSTPONED, postponed + 1);
            copy.send(message.getJMSDestination(), message.getBody(String.class));
            if (postponed == 0) {
                String what = queueName(message) + described(message);
                LOG.info(() -> "A message to " + what + " waits for the database, tried again every "
                        + DELAY_MILLIS / 1000 + " s: " + reason);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("the message could not be put back: " + e.getMessage(), null, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Iterable<String> propertyNames(Message message) throws JMSException {
        return Collections.list((Enumeration<String>) message.getPropertyNames());
    }

    private static String queueName(Message message) throws JMSException {
        return message.getJMSDestination() instanceof Queue queue
                ? queue.getQueueName()
                : String.valueOf(message.getJMSDestination());
    }

    /** The request it is about, where the sender named it: what an operator searches the log for. */
    private static String described(Message message) throws JMSException {
        return message.propertyExists("requestId") ? " (request " + message.getStringProperty("requestId") + ")" : "";
    }
}
