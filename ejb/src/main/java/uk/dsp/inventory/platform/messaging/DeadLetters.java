package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * The messages whose every delivery attempt failed, as a person sees and sends them again. Their outbox rows, marked
 * dead by {@link ConsumedMessages}, are the list, whichever node's DLQ holds the broker's copy: a cluster's view in one
 * place. Sending one again puts its row back for the relay and its state (a notice's, an alert's) back to QUEUED, and
 * takes the broker's copy out of this node's DLQ. It is sent once: the consumer that takes it deletes the row, and a
 * copy moved from a DLQ by hand finds none.
 */
@Stateless
public class DeadLetters {

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @Resource(lookup = ServerResources.DEAD_LETTER_QUEUE)
    Queue deadLetterQueue;

    @Inject
    JMSContext broker;

    @Inject
    @Any
    Instance<Requeueing> requeueings;

    @EJB
    Outbox outbox;

    private record Row(long id, String destination, String body, Map<String, String> properties) {}

    /** The newest first. */
    public List<DeadLetter> list(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select message_id, destination, body, properties, dead_reason, created_at, dead_at
                        from outbox_message where dead_at is not null order by dead_at desc, message_id desc limit ?""")) {
            select.setInt(1, limit);
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Row row = row(rows);
                    letters.add(new DeadLetter(
                            row.id(),
                            queueName(row.destination()),
                            describe(row),
                            rows.getString(5),
                            rows.getTimestamp(6).toInstant(),
                            rows.getTimestamp(7).toInstant()));
                }
            }
            return letters;
        } catch (SQLException e) {
            throw new IllegalStateException("the dead letters cannot be read: " + e.getMessage(), e);
        }
    }

    /** False when there is no such dead letter: never dead, or sent again already. */
    public boolean resend(long id, String by) {
        return resend("message_id = " + id, by) == 1;
    }

    /** How many were sent again. */
    public int resendAll(String by) {
        return resend("true", by);
    }

    private int resend(String which, String by) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(
                        "select message_id, destination, body, properties from outbox_message"
                                + " where dead_at is not null and " + which + " order by message_id for update");
                PreparedStatement again = connection.prepareStatement("update outbox_message set dead_at = null,"
                        + " relayed_at = null, relayed_by = null, resent_at = now(), resent_by = left(?, 100)"
                        + " where message_id = ?")) {
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = lock.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
            for (Row row : rows) {
                requeueing(row.destination()).ifPresent(r -> r.requeue(row.properties(), row.body()));
                again.setString(1, by);
                again.setLong(2, row.id());
                again.executeUpdate();
            }
            if (!rows.isEmpty()) {
                takeOutOfThisNodesDlq(rows);
                outbox.wakeRelayAfterCommit();
            }
            return rows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the dead letters cannot be sent again: " + e.getMessage(), e);
        }
    }

    /**
     * The broker's copies, those this node's DLQ holds, leave with the resend's commit: the DLQ does not grow. One
     * consumer for all of them, so that sending many again waits once for the last copy, not once for each.
     */
    private void takeOutOfThisNodesDlq(List<Row> rows) {
        // a selector's IN takes strings only; the row's ID is a long property
        String selector = rows.stream()
                .map(row -> ConsumedMessages.OUTBOX_ID + " = " + row.id())
                .collect(Collectors.joining(" or "));
        try (JMSConsumer copies = broker.createConsumer(deadLetterQueue, selector)) {
            while (copies.receive(200) != null) {
                // received in the resend's transaction: gone when it commits
            }
        }
    }

    private String describe(Row row) {
        return requeueing(row.destination())
                .map(r -> r.describe(row.properties(), row.body()))
                .orElseGet(() -> queueName(row.destination())
                        + (row.properties().isEmpty()
                                ? ""
                                : " "
                                        + row.properties().entrySet().stream()
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .collect(Collectors.joining(", "))));
    }

    private Optional<Requeueing> requeueing(String destination) {
        return StreamSupport.stream(requeueings.spliterator(), false)
                .filter(r -> r.destination().equals(destination))
                .findFirst();
    }

    private static Row row(ResultSet rows) throws SQLException {
        String properties = rows.getString(4);
        @SuppressWarnings("unchecked")
        Map<String, String> read = properties == null ? Map.of() : JsonMessages.read(properties, Map.class);
        return new Row(rows.getLong(1), rows.getString(2), rows.getString(3), new TreeMap<>(read));
    }

    private static String queueName(String destination) {
        return destination.substring(destination.lastIndexOf('/') + 1);
    }
}
