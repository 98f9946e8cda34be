package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The only way the application sends a message: a row in {@code outbox_message}, written in the caller's
 * transaction beside the business rows it follows from, so that both commit or neither does. After the commit
 * the relay is woken to move it to its queue.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    private static final Object WAKE_AFTER_COMMIT = Outbox.class;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    OutboxRelay relay;

    /** {@code destination} is the queue's JNDI name; {@code properties} become the message's string properties. */
    public void send(String destination, Object message, Map<String, String> properties) {
        em.createNativeQuery("insert into outbox_message (destination, body, properties, created_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, destination)
                .setParameter(2, JsonMessages.write(message))
                .setParameter(3, properties.isEmpty() ? null : JsonMessages.write(properties))
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        wakeRelayAfterCommit();
    }

    /** Once per transaction: a committed transaction wakes the relay; a rolled back one has nothing to relay. */
    public void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_AFTER_COMMIT) == null) {
            transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
            AfterCompletion.onCommit(transactions, relay::wake);
        }
    }
}
