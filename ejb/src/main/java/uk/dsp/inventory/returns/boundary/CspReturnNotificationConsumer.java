package uk.dsp.inventory.returns.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.logging.Logger;
import uk.dsp.inventory.platform.messaging.DeliveryAttempt;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.messaging.MessagePostponement;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.returns.control.CspReturnMail;
import uk.dsp.inventory.returns.control.CspReturnNotice;

/**
 * Mails a CSP the list of its CHs that one request returned, through the server's mail session, and marks the
 * notice SENT. A notice already SENT is not mailed again (a redelivery). A mail server that refuses makes the
 * broker retry; after the last attempt the notice is FAILED, with the reason, and the message is in the DLQ.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = ServerResources.NOTIFICATIONS_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class CspReturnNotificationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CspReturnNotificationConsumer.class.getName());

    @Resource(lookup = ServerResources.MAIL_SESSION)
    Session mailSession;

    @Resource
    MessageDrivenContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    CspNotices notices;

    private final CspReturnMail mail = new CspReturnMail();

    @EJB
    MessagePostponement postponement;

    @Override
    public void onMessage(Message message) {
        CspReturnNotice notice = null;
        try {
            if (postponement.whileDatabaseDown(message)) {
                return;
            }
            notice = JsonMessages.read(message.getBody(String.class), CspReturnNotice.class);
            if (notice.cspEmail() == null) {
                notices.failNow(notice, "the CSP has no email address in the party registry");
                LOG.warning("CSP notice of " + notice.requestId() + " to " + notice.cspPartyId()
                        + " marked FAILED: the CSP has no email address in the party registry");
                return;
            }
            if (!notices.startSending(notice)) {
                return; // sent already, or failed for good: a redelivery
            }
            Transport.send(mail.compose(mailSession, notice, new Date()));
        } catch (JMSException | MessagingException | RuntimeException e) {
            CspReturnNotice failed = notice;
            String what = failed == null
                    ? "A CSP notice"
                    : "CSP notice of " + failed.requestId() + " to " + failed.cspPartyId() + " <" + failed.cspEmail()
                            + ">";
            DeliveryAttempt.of(message).failed(LOG, what, e, transactions, reason -> {
                if (failed != null) {
                    notices.markFailed(failed.requestId(), failed.cspPartyId(), reason);
                }
            });
            context.setRollbackOnly();
        }
    }
}
