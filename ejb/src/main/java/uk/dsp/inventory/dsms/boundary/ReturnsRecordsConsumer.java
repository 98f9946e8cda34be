package uk.dsp.inventory.dsms.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.dsp.inventory.dsms.control.AcceptedReturns;
import uk.dsp.inventory.dsms.control.CspReturnNotice;
import uk.dsp.inventory.dsms.control.CspsOfRegions;
import uk.dsp.inventory.dsms.control.ReturnsRecordWriter;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * DSMS: opens a Service Returns Record for each CH a request accepted, then queues one notice for each CSP
 * whose region's CHs are coming back. One XA transaction with the message: a failure rolls both back and
 * the broker redelivers, until the queue's attempts are spent and the message goes to the DLQ.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = ServerResources.RETURNS_RECORDS_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class ReturnsRecordsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReturnsRecordsConsumer.class.getName());

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    @JMSConnectionFactory(ServerResources.JMS_CONNECTION_FACTORY)
    JMSContext jms;

    @Resource(lookup = ServerResources.NOTIFICATIONS_QUEUE)
    Queue notifications;

    private final ReturnsRecordWriter writer = new ReturnsRecordWriter();

    @Override
    public void onMessage(Message message) {
        try {
            AcceptedReturns accepted = JsonMessages.read(message.getBody(String.class), AcceptedReturns.class);
            int opened;
            try (Connection connection = dataSource.getConnection()) {
                opened = writer.open(connection, accepted);
            }
            if (opened == 0) {
                LOG.info(() ->
                        "Returns records of " + accepted.requestId() + " already exist: a redelivery, nothing to do");
                return;
            }
            for (CspReturnNotice notice : new CspsOfRegions(em).notices(accepted)) {
                // the request as a property, so that an operator browsing the DLQ sees whose mail it was
                jms.createProducer()
                        .setProperty("requestId", notice.requestId())
                        .setProperty("cspPartyId", notice.cspPartyId())
                        .send(notifications, JsonMessages.write(notice));
            }
            LOG.fine(() -> "Opened " + opened + " returns records for " + accepted.requestId());
        } catch (JMSException | SQLException e) {
            throw new IllegalStateException("cannot open the returns records of a request", e);
        }
    }
}
