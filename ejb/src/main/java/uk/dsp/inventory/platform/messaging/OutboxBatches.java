package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.cluster.NodeLiveness;
import uk.dsp.inventory.platform.cluster.NodeName;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * One batch of the relay, in its own transaction: the oldest rows no other relay holds that are waiting to be sent
 * (never sent, or sent by a node that is no longer alive), locked, sent to their queues in one broker transaction
 * with their row's ID, then marked sent by this node. The row stays until its consumer deletes it. A crash after the
 * send and before the mark sends them again on the next batch, which the consumers recognise ({@link
 * ConsumedMessages}); a failed send leaves the rows for the next try.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxBatches {

    private static final Map<String, Queue> QUEUES = new ConcurrentHashMap<>();

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @EJB
    OutboxRelay relay;

    /**
     * A message not consumed this long after it was sent is sent again, whoever sent it: longer than all of a message's
     * attempts last (1, 4, 16 and 64 s by default), so that it is stuck (in a broker that lost its node) rather than
     * being retried. The copy is safe: the consumer that takes either deletes the row, and the other finds none.
     */
    static final int UNCONSUMED_SECONDS = 180;

    private record Row(long id, String destination, String body, String properties) {}

    /** How many rows were relayed: fewer than {@code limit} means none were waiting beyond them. */
    public int relay(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = lockOldest(connection, limit);
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            markSent(connection, rows);
            return rows.size();
        } catch (SQLException | RuntimeException e) {
            throw new RelayFailed("the outbox cannot be relayed", e);
        }
    }

    private static List<Row> lockOldest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select message_id, destination, body, properties"
                + " from outbox_message where dead_at is null and (relayed_at is null"
                + " or relayed_by <> ? and relayed_by not in (" + NodeLiveness.ALIVE_NODES + ")"
                + " or relayed_at < now() - interval '" + UNCONSUMED_SECONDS + " seconds')"
                + " order by message_id limit ? for update skip locked")) {
            // this node's own journal keeps what it sent, also across its restart
            select.setString(1, NodeName.current());
            select.setInt(2, limit);
            List<Row> rows = new ArrayList<>(limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                }
            }
            return rows;
        }
    }

    private void send(List<Row> rows) {
        try (JMSContext context = relay.brokerSession()) {
            for (Row row : rows) {
                JMSProducer producer = context.createProducer();
                if (row.properties() != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> properties = JsonMessages.read(row.properties(), Map.class);
                    properties.forEach(producer::setProperty);
                }
                producer.setProperty(ConsumedMessages.OUTBOX_ID, row.id());
                producer.send(queue(row.destination()), row.body());
            }
            context.commit();
        } catch (RuntimeException e) {
            relay.closeBroker();
            throw e;
        }
    }

    private static void markSent(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement sent = connection.prepareStatement(
                "update outbox_message set relayed_at = now(), relayed_by = ? where message_id = any(?)")) {
            sent.setString(1, NodeName.current());
            sent.setArray(
                    2,
                    connection.createArrayOf(
                            "bigint", rows.stream().map(Row::id).toArray()));
            sent.executeUpdate();
        }
    }

    private static Queue queue(String jndiName) {
        return QUEUES.computeIfAbsent(jndiName, name -> {
            try {
                return (Queue) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalStateException("no queue " + name, e);
            }
        });
    }
}
