package uk.dsp.inventory.returns.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.mail.Mailer;
import uk.dsp.inventory.platform.messaging.ConsumedMessages;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.messaging.MessagePostponement;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.returns.control.AcceptedReturns;
import uk.dsp.inventory.returns.control.CspNoticeRecords;
import uk.dsp.inventory.returns.control.CspReturnMail;
import uk.dsp.inventory.returns.control.CspReturnNotice;
import uk.dsp.inventory.returns.control.NoticesPerCsp;
import uk.dsp.inventory.returns.control.ReturnsRecordWriter;

/**
 * DSMS: opens a Service Returns Record for each CH a request accepted, then records and queues (through the
 * outbox) one notice for each CSP whose region's CHs are coming back, all in the message's transaction. A request
 * whose records exist already is a redelivery, and changes nothing. A failure rolls back, and the broker
 * redelivers until the queue's attempts are spent and the message goes to the DLQ.
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
    private static final String NO_ADDRESS = "the CSP has no email address in the party registry";

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Resource
    MessageDrivenContext context;

    @Inject
    Mailer mailer;

    private final ReturnsRecordWriter writer = new ReturnsRecordWriter();

    @EJB
    MessagePostponement postponement;

    @EJB
    ConsumedMessages consumed;

    @Override
    public void onMessage(Message message) {
        String requestId = null;
        try {
            if (postponement.whileDatabaseDown(message) || !consumed.firstDelivery(message)) {
                return;
            }
            AcceptedReturns accepted = JsonMessages.read(message.getBody(String.class), AcceptedReturns.class);
            requestId = accepted.requestId();
            int opened;
            try (Connection connection = dataSource.getConnection()) {
                opened = writer.open(connection, accepted);
            }
            if (opened == 0) {
                LOG.fine(() ->
                        "Returns records of " + accepted.requestId() + " already exist: a redelivery, nothing to do");
                return;
            }
            for (CspReturnNotice notice : new NoticesPerCsp(em).notices(accepted)) {
                queue(notice);
            }
            LOG.fine(() -> "Opened " + opened + " returns records for " + accepted.requestId());
        } catch (JMSException | SQLException | RuntimeException e) {
            consumed.failed(message, LOG, "Opening the DSMS returns records of " + requestId, e, reason -> {});
            context.setRollbackOnly();
        }
    }

    /**
     * The notice's row (QUEUED) and its mail, so that one that is never delivered stays visible; a CSP without an
     * address is FAILED at once, since no attempt could deliver it.
     */
    private void queue(CspReturnNotice notice) {
        CspNoticeRecords records = new CspNoticeRecords(em);
        records.queue(notice);
        if (notice.cspEmail() == null) {
            records.markFailed(notice.requestId(), notice.cspPartyId(), NO_ADDRESS);
            LOG.warning(() -> "CSP notice of " + notice.requestId() + " to " + notice.cspPartyId() + " marked FAILED: "
                    + NO_ADDRESS);
            return;
        }
        // the request as a property, so that an operator browsing the DLQ sees whose mail it was
        mailer.send(
                CspReturnMail.of(notice), Map.of("requestId", notice.requestId(), "cspPartyId", notice.cspPartyId()));
    }
}
