package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * The consumers' side of the outbox. A message carries the ID of its outbox row; the consumer deletes the row in the
 * delivery's own transaction before it does the work, so that the work and the row's end commit together. A copy
 * (sent again because its first node was taken for dead, or after a crash) finds no row and does nothing; a failed
 * delivery rolls the row back. After the last attempt the row is marked dead, so that no node sends it again, and an
 * operator's resend from the DLQ still finds it and is done once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConsumedMessages {

    /** The message property that names its outbox row. */
    public static final String OUTBOX_ID = "dspOutboxId";

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext session;

    /** True when this delivery is to do the message's work; false for a copy of a message whose work is done. */
    public boolean firstDelivery(Message message) throws JMSException {
        if (!message.propertyExists(OUTBOX_ID)) {
            return true; // sent by hand, or before outbox rows were kept until consumed
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from outbox_message where message_id = ?")) {
            delete.setLong(1, message.getLongProperty(OUTBOX_ID));
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the message's outbox row cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A failed delivery: its one line in the log ({@link DeliveryAttempt}) and, after the last attempt has rolled
     * back, {@code markFailed} given the reason (the business row's FAILED) and the outbox row marked dead. The caller
     * then rolls back.
     */
    public void failed(Message message, Logger log, String what, Throwable why, Consumer<String> markFailed) {
        Long outboxId = outboxId(message);
        ConsumedMessages self = session.getBusinessObject(ConsumedMessages.class);
        DeliveryAttempt.of(message).failed(log, what, why, transactions, reason -> {
            markFailed.accept(reason);
            if (outboxId != null) {
                self.deadLettered(outboxId, reason);
            }
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deadLettered(long outboxId, String reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement dead = connection.prepareStatement("update outbox_message set dead_at = now(),"
                        + " dead_reason = left(?, 300) where message_id = ? and dead_at is null")) {
            dead.setString(1, reason);
            dead.setLong(2, outboxId);
            dead.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox row cannot be marked dead: " + e.getMessage(), e);
        }
    }

    private static Long outboxId(Message message) {
        try {
            return message.propertyExists(OUTBOX_ID) ? message.getLongProperty(OUTBOX_ID) : null;
        } catch (JMSException e) {
            return null;
        }
    }
}
